/**
 * Finding widget ids in rendered elements without knowing element types.
 *
 * <p>Real Streamlit widget ids look like {@code $$ID-<32 hex>-<user key or None>}.
 * {@link dev.gauntlet.protocol.widgets.WidgetIds} walks an element's raw protobuf fields (known
 * and unknown alike) for strings of that shape, so a slider, a date input or a widget type added
 * in a later Streamlit release is found the same way. The user key lets a scenario name the
 * widget it drives.
 */
package dev.gauntlet.protocol.widgets;
