package io.github.pilotplan.examples.files;

import com.google.common.base.Preconditions;
import io.github.pilotplan.DocumentReading;
import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Cell;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import io.github.pilotplan.UndecodableInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page into a {@link Document}: the page's main content, without navigation,
 * scripts and styles; paragraphs, headings, list items and {@code <br>} as lines; data tables (with
 * {@code rowspan}/{@code colspan}) as tables.
 *
 * <pre>{@code
 * Document doc = HtmlDocuments.read(Files.readAllBytes(Path.of("page.html")));
 * }</pre>
 *
 * <p>The charset is the one the page declares ({@code <meta charset>}), else UTF-8 or GB18030,
 * told apart as for text. Left out:
 * {@code script}, {@code style}, {@code noscript}, {@code template}, {@code iframe}, {@code nav},
 * {@code header}, {@code footer}, {@code aside}, {@code form}, {@code button}, {@code select}, and
 * elements whose id or class names navigation, menus, breadcrumbs, sharing or footers. The main
 * content is the first of {@code article}, {@code main}, or a common content container (id
 * {@code zoom}, {@code content}; class {@code TRS_Editor}, {@code article}, {@code content}) that
 * holds at least 200 characters of text; else the whole body. A table is read as blocks instead
 * (a page-layout table) when a cell holds another table, or it has a single row or column.
 */
public final class HtmlDocuments {

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "nav",
      "header", "footer", "aside", "form", "button", "select", "input", "textarea", "object", "svg", "head");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "section", "article", "main", "blockquote", "pre", "center", "dd", "dt", "dl", "tr", "td", "th",
      "thead", "tbody", "tfoot", "caption", "hr", "address", "figure", "figcaption", "body", "html");
  private static final String[] NAVIGATION = {"nav", "menu", "breadcrumb", "crumb", "share", "footer",
      "sidebar", "toolbar", "position", "weizhi"};
  private static final String[] CONTENT = {"article", "main", "#zoom", "#content", ".TRS_Editor", ".article",
      ".content", "#article", ".article-content", ".news_content"};
  private static final int MIN_CONTENT = 200;

  private HtmlDocuments() {}

  /**
   * The document in the page's bytes: in the charset the page declares, else UTF-8 or GB18030 as
   * the core tells them apart.
   *
   * @throws UndecodableInputException if the page declares no charset and is neither UTF-8 nor
   *     GB18030
   */
  public static Document read(byte[] bytes) throws UndecodableInputException {
    Preconditions.checkNotNull(bytes, "bytes");
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    if (!head.contains("charset") && !head.contains("encoding=")) {
      return read(DocumentReading.decode(bytes));
    }
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an in-memory page", e);
    }
    return of(page);
  }

  /** The document in a page's markup. */
  public static Document read(String html) {
    Preconditions.checkNotNull(html, "html");
    return of(Jsoup.parse(html));
  }

  private static Document of(org.jsoup.nodes.Document page) {
    Element body = page.body();
    removeNavigation(body);
    Element root = body;
    for (String selector : CONTENT) {
      Element candidate = body.selectFirst(selector);
      if (candidate != null && candidate.text().length() >= MIN_CONTENT) {
        root = candidate;
        break;
      }
    }
    Reader r = new Reader();
    // A title outside the content (the page's <h1>) is part of the document.
    r.walk(root);
    r.flush();
    return Document.of(r.blocks);
  }

  private static void removeNavigation(Element body) {
    List<Element> gone = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      if (SKIPPED.contains(e.normalName()) || isNavigation(e.id()) || isNavigation(e.className())) {
        gone.add(e);
      }
    }
    for (Element e : gone) {
      e.remove();
    }
  }

  private static boolean isNavigation(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return false;
    }
    for (String word : NAVIGATION) {
      if (n.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Walks the content, gathering inline text into lines and tables into tables. */
  private static final class Reader {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder line = new StringBuilder();

    void walk(Node node) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode t) {
          line.append(t.getWholeText().replaceAll("[\\r\\n\\t]+", " "));
        } else if (child instanceof Element e) {
          String name = e.normalName();
          if (name.equals("br")) {
            flush();
          } else if (name.equals("table") && isDataTable(e)) {
            flush();
            blocks.add(table(e));
          } else if (BLOCKS.contains(name) || name.equals("table")) {
            flush();
            walk(e);
            flush();
          } else {
            walk(e);
          }
        }
      }
    }

    void flush() {
      String s = line.toString().replace('\u00a0', ' ').strip();
      line.setLength(0);
      if (!s.isEmpty()) {
        blocks.add(Paragraph.of(s));
      }
    }
  }

  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String n = child.normalName();
      if (n.equals("tr")) {
        rows.add(child);
      } else if (n.equals("thead") || n.equals("tbody") || n.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      }
    }
    return rows;
  }

  private static boolean isDataTable(Element table) {
    List<Element> rows = rows(table);
    if (rows.size() < 2 || !table.select("td table, th table").isEmpty()) {
      return false;
    }
    int widest = 0;
    for (Element tr : rows) {
      int n = 0;
      for (Element c : tr.children()) {
        if (c.normalName().equals("td") || c.normalName().equals("th")) {
          n += span(c.attr("colspan"));
        }
      }
      widest = Math.max(widest, n);
    }
    return widest >= 2;
  }

  private static Table table(Element table) {
    List<Row> rows = new ArrayList<>();
    for (Element tr : rows(table)) {
      List<Cell> cells = new ArrayList<>();
      for (Element c : tr.children()) {
        if (c.normalName().equals("td") || c.normalName().equals("th")) {
          cells.add(Cell.of(cellText(c), span(c.attr("rowspan")), span(c.attr("colspan"))));
        }
      }
      rows.add(Row.of(cells));
    }
    return Table.of(rows);
  }

  /** A cell's text, its paragraphs and {@code <br>}s as line breaks. */
  private static String cellText(Element cell) {
    Reader r = new Reader();
    r.walk(cell);
    r.flush();
    StringBuilder sb = new StringBuilder();
    for (Block b : r.blocks) {
      if (b instanceof Paragraph p) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(p.text());
      }
    }
    return sb.toString();
  }

  private static int span(String attr) {
    try {
      int n = Integer.parseInt(attr.strip());
      return n >= 1 && n <= Cell.MAX_SPAN ? n : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
