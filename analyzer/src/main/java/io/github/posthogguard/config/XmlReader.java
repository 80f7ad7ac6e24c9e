package io.github.posthogguard.config;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML with the JDK's StAX parser, DTDs and external entities off. An element's text is an
 * entry named by the element's path ({@code project.properties.posthog.api.key}), or by its {@code
 * name}/{@code key} attribute ({@code <string name="posthog_api_key">}); an element with a name and
 * a value attribute is an entry of that name ({@code <meta-data android:name=… android:value=…>});
 * a {@code *-name}/{@code *-value} pair of children is an entry of that name ({@code
 * <context-param>} of web.xml). Other attributes are entries named {@code path@attribute}. Android
 * string resources are unescaped as aapt does.
 */
final class XmlReader {
  private static final XMLInputFactory FACTORY = factory();
  private static final Pattern ANDROID_VALUES =
      Pattern.compile("(^|.*[/\\\\])res[/\\\\]values[^/\\\\]*[/\\\\][^/\\\\]+\\.xml$");

  private final EntrySink sink;
  private final String text;
  private final boolean androidValues;
  private final boolean androidManifest;
  private final Deque<Element> open = new ArrayDeque<>();
  private int cursor; // where the markup of the events read so far ends
  private final Map<String, Pattern> attributePatterns = new HashMap<>();

  /** An element being read: its name, attributes' spans, text and children's texts. */
  private static final class Element {
    final String name;
    final String path;
    final List<Attribute> attributes = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int tagEnd;
    boolean hasChildren;
    final List<Child> children = new ArrayList<>();

    Element(String name, String path) {
      this.name = name;
      this.path = path;
    }

    Attribute attribute(String... names) {
      for (String wanted : names) {
        for (Attribute a : attributes) {
          if (a.name.equals(wanted)) {
            return a;
          }
        }
      }
      return null;
    }
  }

  private record Attribute(
      String name, String value, int nameStart, int valueStart, int valueEnd) {}

  private record Child(String name, String text, int start, int end, int nameStart) {}

  private XmlReader(EntrySink sink) {
    this.sink = sink;
    this.text = sink.text();
    String path = sink.path();
    this.androidValues = ANDROID_VALUES.matcher(path).matches();
    this.androidManifest = path.endsWith("AndroidManifest.xml");
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    return factory;
  }

  static void read(EntrySink sink) throws XMLStreamException {
    try {
      new XmlReader(sink).readAll();
    } catch (MissingResourceException e) {
      // the JDK's parser reports some malformed documents (a NUL in a DTD) with an error whose
      // message it cannot find in its own bundle: malformed all the same
      throw new XMLStreamException("malformed XML (" + e.getKey() + ")", e);
    }
  }

  private void readAll() throws XMLStreamException {
    XMLStreamReader reader;
    synchronized (FACTORY) {
      reader = FACTORY.createXMLStreamReader(new StringReader(text));
    }
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        // The parser's offsets run past an event by the chars it peeked at: positions are found
        // back from them in the text, where the event's markup must stand.
        int reported = Math.min(reader.getLocation().getCharacterOffset(), text.length());
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start(reader, reported);
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters(reader);
          case XMLStreamConstants.END_ELEMENT -> end(qualifiedName(reader), reported);
          default -> {}
        }
      }
    } finally {
      reader.close();
    }
  }

  private static String qualifiedName(XMLStreamReader reader) {
    String prefix = reader.getPrefix();
    return prefix == null || prefix.isEmpty()
        ? reader.getLocalName()
        : prefix + ":" + reader.getLocalName();
  }

  private void start(XMLStreamReader reader, int reported) {
    Element parent = open.peek();
    if (parent != null) {
      parent.hasChildren = true;
    }
    String name = qualifiedName(reader);
    Element element = new Element(name, parent == null ? name : parent.path + "." + name);
    int tagStart = Math.max(markup("<" + name, reported), 0);
    int tagEnd = tagEnd(tagStart);
    cursor = tagEnd;
    element.tagEnd = tagEnd;
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String qualified = reader.getAttributeName(i).getLocalPart();
      String prefix = reader.getAttributeName(i).getPrefix();
      if (prefix != null && !prefix.isEmpty()) {
        qualified = prefix + ":" + qualified;
      }
      element.attributes.add(locate(qualified, reader.getAttributeValue(i), tagStart, tagEnd));
    }
    open.push(element);
    Attribute nameAttribute = element.attribute("android:name", "name", "key");
    Attribute valueAttribute = element.attribute("android:value", "value");
    if (nameAttribute != null && valueAttribute != null) {
      sink.add(
          nameAttribute.value(),
          androidManifest && name.equals("meta-data")
              ? EntryKind.ANDROID_MANIFEST_META_DATA
              : EntryKind.PROPERTY,
          nameAttribute.valueStart(),
          nameAttribute.valueEnd(),
          valueAttribute.value(),
          valueAttribute.valueStart(),
          valueAttribute.valueEnd());
    }
    for (Attribute attribute : element.attributes) {
      if (attribute != nameAttribute && attribute != valueAttribute) {
        sink.add(
            element.path + "@" + attribute.name(),
            EntryKind.PROPERTY,
            attribute.nameStart(),
            attribute.nameStart() + attribute.name().length(),
            attribute.value(),
            attribute.valueStart(),
            attribute.valueEnd());
      }
    }
  }

  /**
   * Where the markup {@code opening} ({@code <name} or {@code </name}) of the event just read
   * starts: the first such markup after what the earlier events took, if it starts before the
   * parser's offset; else the last one before that offset. (The parser's offsets run past an event
   * by the characters it peeked at, more after a character outside ASCII, so the last markup before
   * them may be the next element's.)
   */
  private int markup(String opening, int reported) {
    for (int at = text.indexOf(opening, cursor);
        at >= 0 && at < reported;
        at = text.indexOf(opening, at + 1)) {
      int after = at + opening.length();
      if (after >= text.length() || !isNameChar(text.charAt(after))) {
        return at;
      }
    }
    return text.lastIndexOf(opening, Math.max(reported - 1, 0));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
  }

  /** The offset after the {@code >} that closes the tag starting at {@code tagStart}. */
  private int tagEnd(int tagStart) {
    char quote = 0;
    for (int i = tagStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Finds the attribute's value in the tag's text; the whole tag when it cannot be told. */
  private Attribute locate(String name, String value, int tagStart, int tagEnd) {
    Matcher m =
        attributePatterns
            .computeIfAbsent(
                name,
                n ->
                    Pattern.compile("\\s" + Pattern.quote(n) + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"))
            .matcher(text)
            .region(tagStart, tagEnd);
    if (m.find()) {
      int group = m.group(2) != null ? 2 : 3;
      return new Attribute(name, value, m.start() + 1, m.start(group), m.end(group));
    }
    return new Attribute(name, value, tagStart, tagStart, tagEnd);
  }

  private void characters(XMLStreamReader reader) {
    Element element = open.peek();
    if (element != null) {
      element.text.append(reader.getText());
    }
  }

  private void end(String name, int reported) {
    Element element = open.pop();
    String value = element.text.toString();
    Element parent = open.peek();
    if (element.hasChildren || value.isBlank()) {
      if (element.hasChildren) {
        pairOfChildren(element);
      }
      return;
    }
    int start = element.tagEnd;
    int closing = markup("</" + name, reported);
    if (closing >= 0) {
      cursor = closing + name.length() + 2;
    }
    int end = closing >= start ? closing : Math.max(start, reported);
    if (parent != null) {
      parent.children.add(new Child(element.name, value.strip(), start, end, start));
    }
    Attribute named = element.attribute("name", "android:name", "key");
    boolean androidString =
        androidValues && (element.name.equals("string") || element.name.equals("item"));
    String entryValue = androidString ? AndroidStrings.unescape(value) : value.strip();
    EntryKind kind = androidString ? EntryKind.ANDROID_STRING_RESOURCE : EntryKind.PROPERTY;
    if (named != null) {
      sink.add(named.value(), kind, named.valueStart(), named.valueEnd(), entryValue, start, end);
    } else {
      int nameStart = text.lastIndexOf("<" + element.name, Math.max(start - 1, 0)) + 1;
      sink.add(
          element.path, kind, nameStart, nameStart + element.name.length(), entryValue, start, end);
    }
  }

  /** {@code <param-name>x</param-name><param-value>v</param-value>}: the entry x. */
  private void pairOfChildren(Element element) {
    Child name = null;
    Child value = null;
    for (Child child : element.children) {
      if (child.name().endsWith("name") || child.name().equals("key")) {
        name = name == null ? child : name;
      } else if (child.name().endsWith("value")) {
        value = value == null ? child : value;
      }
    }
    if (name != null && value != null) {
      sink.add(
          name.text(),
          EntryKind.PROPERTY,
          name.start(),
          name.end(),
          value.text(),
          value.start(),
          value.end());
    }
  }
}
