package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.runtime.AppSpecParser.RawWidget;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * An app spec's {@code widgets}: unique keys, a known kind, and the options each kind needs
 * ({@code type: int|float} for a number_input, {@code options} for a selectbox) and no other.
 */
final class WidgetChecks {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
  static final List<String> NUMBER_TYPES = List.of("float", "int");

  /** Makes the error for a JSON pointer into the spec and a reason. */
  private final BiFunction<String, String, AppSpecException> fail;

  WidgetChecks(BiFunction<String, String, AppSpecException> fail) {
    this.fail = fail;
  }

  List<AppSpec.Widget> check(List<RawWidget> raws) {
    List<AppSpec.Widget> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < raws.size(); i++) {
      RawWidget raw = raws.get(i);
      String at = "/widgets/" + i;
      String where = "widgets[" + i + "]";
      if (raw == null || raw.key() == null || !KEY.matcher(raw.key()).matches()) {
        throw fail.apply(at, where + " needs a key of letters, digits, _ or - (write e.g. key: n)");
      }
      if (!keys.add(raw.key())) {
        throw fail.apply(at + "/key", where + ".key '" + raw.key() + "' is used twice (keys must be unique)");
      }
      String kindText = raw.kind() == null ? "" : raw.kind();
      WidgetKind kind = WidgetKind.parse(kindText).orElseThrow(() -> fail.apply(at + "/kind",
          where + ".kind '" + kindText + "' is not a widget kind (" + hint(kindText) + ")"));
      boolean integer = numberType(raw, kind, at, where);
      List<String> options = options(raw, kind, at, where);
      out.add(new AppSpec.Widget(raw.key(), kind, raw.label() == null ? raw.key() : raw.label(), integer, options));
    }
    return out;
  }

  private boolean numberType(RawWidget raw, WidgetKind kind, String at, String where) {
    if (raw.type() == null) {
      return false;
    }
    if (kind != WidgetKind.NUMBER_INPUT) {
      throw fail.apply(at + "/type", where + ".type is for a number_input, not a " + kind.spelling() + " (drop it)");
    }
    if (!NUMBER_TYPES.contains(raw.type())) {
      throw fail.apply(at + "/type", where + ".type '" + raw.type()
          + "' is not a number type (write type: int or type: float)");
    }
    return raw.type().equals("int");
  }

  private List<String> options(RawWidget raw, WidgetKind kind, String at, String where) {
    if (kind != WidgetKind.SELECTBOX) {
      if (raw.options() != null) {
        throw fail.apply(at + "/options", where + ".options is for a selectbox, not a " + kind.spelling()
            + " (drop it)");
      }
      return List.of();
    }
    if (raw.options() == null || raw.options().isEmpty()) {
      throw fail.apply(at, where + " is a selectbox without options (write e.g. options: [red, green, blue])");
    }
    if (raw.options().stream().anyMatch(o -> o == null) || new HashSet<>(raw.options()).size() < raw.options().size()) {
      throw fail.apply(at + "/options", where + ".options " + raw.options()
          + " has an empty or repeated option (each option is chosen by its name or index)");
    }
    return raw.options();
  }

  private static String hint(String kindText) {
    String known = "known: " + String.join(", ", WidgetKind.spellings());
    return WidgetKind.closest(kindText).map(k -> "did you mean " + k.spelling() + "?; " + known).orElse(known);
  }
}
