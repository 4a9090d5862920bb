package dev.gauntlet.report.junit;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small indenting XML writer: elements, attributes, text, escaped for XML 1.0. Mutable, one document. */
final class Xml {

  private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();
  private boolean tagOpen;
  private boolean inline;

  /** Starts {@code <name}; attributes follow, then children or {@link #end()}. */
  Xml start(String name) {
    closeTag();
    out.append("  ".repeat(open.size())).append('<').append(name);
    open.push(name);
    tagOpen = true;
    return this;
  }

  /** An attribute of the element just started; a null value leaves it out. */
  Xml attr(String name, Object value) {
    if (value != null) {
      out.append(' ').append(name).append("=\"").append(escape(value.toString(), true)).append('"');
    }
    return this;
  }

  /** The text of the element just started (its only content), e.g. {@code <system-out>...</system-out>}. */
  Xml text(String text) {
    out.append('>').append(escape(text, false));
    tagOpen = false;
    inline = true;
    return this;
  }

  Xml end() {
    String name = open.pop();
    if (inline) {
      out.append("</").append(name).append(">\n");
      inline = false;
    } else if (tagOpen) {
      out.append("/>\n");
      tagOpen = false;
    } else {
      out.append("  ".repeat(open.size())).append("</").append(name).append(">\n");
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void closeTag() {
    if (tagOpen) {
      out.append(">\n");
      tagOpen = false;
    }
  }

  /** Escapes markup; drops characters XML 1.0 cannot hold (control characters from a log line). */
  static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append(attribute ? "&#13;" : "\r");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
