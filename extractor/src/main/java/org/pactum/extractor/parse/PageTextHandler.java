package org.pactum.extractor.parse;

import java.util.ArrayList;
import java.util.List;
import org.pactum.extractor.model.PageMap;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of Tika's XHTML output and the offset at which each page starts. Tika
 * marks pages of paged formats (PDF) with {@code <div class="page">}; other formats are one page.
 * Stops with {@link TextLimitException} once the text passes {@code maxChars}.
 */
final class PageTextHandler extends DefaultHandler {

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "title");

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final long maxChars;
  private int bodyDepth;
  private boolean sawPage;

  PageTextHandler(long maxChars) {
    this.maxChars = maxChars;
    pageStarts.add(0);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("body")) {
      bodyDepth++;
      return;
    }
    if (bodyDepth == 0) {
      return;
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      if (sawPage) {
        endLine();
        pageStarts.add(text.length());
      }
      sawPage = true;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("body")) {
      bodyDepth--;
    } else if (bodyDepth > 0 && BLOCKS.contains(name)) {
      endLine();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws TextLimitException {
    if (bodyDepth > 0) {
      append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws TextLimitException {
    characters(ch, start, length);
  }

  private void append(char[] ch, int start, int length) throws TextLimitException {
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      // keep text printable and plain: no NULs or other control characters but line breaks and
      // tabs; no-break and other Unicode spaces become plain spaces; invisible marks go
      if (c == '\r' || c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      boolean control = c < ' ' && c != '\n' && c != '\t';
      text.append(control || (c > 127 && Character.isSpaceChar(c)) ? ' ' : c);
    }
    if (text.length() > maxChars) {
      throw new TextLimitException(maxChars);
    }
  }

  private void endLine() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  String text() {
    return text.toString();
  }

  PageMap pages() {
    return new PageMap(pageStarts);
  }

  /** Thrown when the text grows past the configured limit. */
  static final class TextLimitException extends org.xml.sax.SAXException {
    TextLimitException(long limit) {
      super("the text is longer than the limit of " + limit + " characters");
    }
  }
}
