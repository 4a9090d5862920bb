/**
 * Widget kinds and finding widget ids in rendered elements without knowing element types.
 *
 * <p>{@link dev.gauntlet.protocol.widgets.WidgetKind} is Gauntlet's one list of widget kinds:
 * scenarios, app specs, the virtual users and the reference runtime all read it. Real Streamlit
 * widget ids look like {@code $$ID-<32 hex>-<user key or None>}.
 * {@link dev.gauntlet.protocol.widgets.WidgetIds} walks an element's raw protobuf fields (known
 * and unknown alike) for strings of that shape, so a slider, a date input or a widget type added
 * in a later Streamlit release is found the same way. The user key lets a scenario name the
 * widget it drives; the element the id was found in tells its kind, and a number input's data
 * type and a selectbox's options say which value it takes.
 */
package dev.gauntlet.protocol.widgets;
