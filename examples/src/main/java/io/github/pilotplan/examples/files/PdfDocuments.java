package io.github.pilotplan.examples.files;

import com.google.common.base.Preconditions;
import io.github.pilotplan.DocumentReading;
import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Cell;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import io.github.pilotplan.Labels;

/**
 * Reads a PDF file into a {@link Document}: the text in reading order, without running headers,
 * footers and page numbers, lines broken only by the layout joined again (a line that reaches
 * the right edge goes on in the next, unless it ends a sentence and the next is no bracketed
 * annotation, or the next opens a label, starts elsewhere or in another size), and task tables
 * (任务分工表) rebuilt as tables from the positions of their words.
 *
 * <pre>{@code
 * Document doc = PdfDocuments.read(Files.readAllBytes(Path.of("方案.pdf")));
 * }</pre>
 *
 * <p>Running headers and footers: a line among the first two or last two of a page that recurs
 * on at least half the pages, and at least two (a short line with other digits counts as the
 * same); page numbers ("- 3 -", "第3页", "3/10", "3") there too. A task table starts at
 * a line whose words are a task table's header ({@link DocumentReading#isTaskTableHeader}); its columns
 * start where the header words do; a row starts where the 序号 column holds a number (or, without
 * one, the first column holds text); the table ends at a line that runs across its columns. Cells
 * are taken as top-aligned: a row whose 序号 stands in the middle of its cell is split. A PDF keeps
 * no merged cells: a cell merged over several rows belongs to the first row it is printed in.
 */
public final class PdfDocuments {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*/\\s*(共\\s*)?\\d{1,4}\\s*页?)?[-—–\\s]*$");
  private static final String SENTENCE_ENDS = "。;；:：!！?？)）";

  private PdfDocuments() {}

  /** A run of characters the text stripper gives as one word, with its box. */
  private record Word(String text, float x0, float x1, float y, float size) {}

  /** A line of words. */
  private static final class Line {
    final List<Word> words = new ArrayList<>();

    String text() {
      StringBuilder sb = new StringBuilder();
      for (Word w : words) {
        if (sb.length() > 0 && needsSpace(sb.charAt(sb.length() - 1), w.text.charAt(0))) {
          sb.append(' ');
        }
        sb.append(w.text);
      }
      return sb.toString().strip();
    }

    float x0() {
      return words.isEmpty() ? 0 : words.get(0).x0;
    }

    float x1() {
      return words.isEmpty() ? 0 : words.get(words.size() - 1).x1;
    }

    float size() {
      float s = 0;
      for (Word w : words) {
        s = Math.max(s, w.size);
      }
      return s;
    }
  }

  private static boolean needsSpace(char a, char b) {
    // Words of Latin text stand apart; Chinese characters (and what stands next to them) do not.
    return a < 0x2E80 && b < 0x2E80;
  }

  /** Collects the words of each line of each page. */
  private static final class Stripper extends PDFTextStripper {
    final List<List<Line>> pages = new ArrayList<>();
    Line line = new Line();

    Stripper() {
      setSortByPosition(true);
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void startPage(PDPage page) {
      pages.add(new ArrayList<>());
      line = new Line();
    }

    /**
     * Splits the stripper's run into words where the gap between two characters is wider than a
     * space (cells of a table row stand apart by their padding, with no space between).
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      StringBuilder word = new StringBuilder();
      float x0 = 0;
      float end = Float.NaN;
      float y = 0;
      float size = 0;
      for (TextPosition tp : positions) {
        String u = tp.getUnicode();
        float x = tp.getXDirAdj();
        float w = tp.getWidthDirAdj();
        boolean blank = u == null || u.isBlank();
        boolean gap = !Float.isNaN(end) && x - end > Math.max(2.5f, 0.5f * w);
        if ((blank || gap) && word.length() > 0) {
          line.words.add(new Word(word.toString(), x0, end, y, size));
          word.setLength(0);
        }
        if (blank) {
          end = Float.NaN;
          continue;
        }
        if (word.length() == 0) {
          x0 = x;
          y = tp.getYDirAdj();
          size = tp.getFontSizeInPt();
        }
        word.append(u);
        end = x + w;
      }
      if (word.length() > 0) {
        line.words.add(new Word(word.toString(), x0, end, y, size));
      }
    }

    @Override
    protected void writeLineSeparator() {
      endLine();
    }

    @Override
    protected void endPage(PDPage page) {
      endLine();
    }

    void endLine() {
      if (!line.words.isEmpty() && !pages.isEmpty()) {
        pages.get(pages.size() - 1).add(line);
      }
      line = new Line();
    }
  }

  /**
   * The document in the bytes of a PDF file.
   *
   * @throws UnreadableFileException if PDFBox cannot open the file, or it is encrypted
   */
  public static Document read(byte[] bytes) throws UnreadableFileException {
    Preconditions.checkNotNull(bytes, "bytes");
    Stripper stripper = new Stripper();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted()) {
        throw new UnreadableFileException(FileFormat.PDF, "the PDF is encrypted", null);
      }
      stripper.getText(pdf);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(FileFormat.PDF,
          "not a readable PDF: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
    List<Line> lines = withoutRunningLines(stripper.pages);
    return Document.of(blocks(lines));
  }

  private static List<Line> withoutRunningLines(List<List<Line>> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<Line> page : pages) {
      for (Line l : edges(page)) {
        counts.merge(key(l), 1, Integer::sum);
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    List<Line> out = new ArrayList<>();
    for (List<Line> page : pages) {
      List<Line> edges = edges(page);
      for (Line l : page) {
        boolean edge = edges.contains(l);
        if (edge && (PAGE_NUMBER.matcher(l.text()).matches() || counts.getOrDefault(key(l), 0) >= needed)) {
          continue;
        }
        out.add(l);
      }
    }
    return out;
  }

  private static List<Line> edges(List<Line> page) {
    List<Line> e = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (i < 2 || i >= page.size() - 2) {
        e.add(page.get(i));
      }
    }
    return e;
  }

  /**
   * What a running line has in common from page to page: a short line (up to 15 characters, such
   * as "第 3 页 共 9 页") without its digits, a longer one as it is.
   */
  private static String key(Line l) {
    String t = l.text().replaceAll("\\s+", "");
    return t.length() <= 15 ? t.replaceAll("\\d+", "#") : t;
  }

  private static List<Block> blocks(List<Line> lines) {
    List<Block> out = new ArrayList<>();
    float right = edge(lines, true);
    float left = edge(lines, false);
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      List<String> cells = l.words.stream().map(Word::text).toList();
      if (cells.size() >= 2 && DocumentReading.isTaskTableHeader(cells)) {
        flush(paragraph, out);
        i = table(lines, i, out) - 1;
        continue;
      }
      String text = l.text();
      paragraph.append(text);
      Line nextLine = i + 1 < lines.size() ? lines.get(i + 1) : null;
      boolean full = l.x1() >= right - 2 * charWidth(l) && l.x0() <= left + 3 * charWidth(l)
          && nextLine != null && nextLine.x0() <= left + 2 && Math.abs(nextLine.size() - l.size()) < 0.5f;
      String next = i + 1 < lines.size() ? lines.get(i + 1).text() : "";
      boolean ends = !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
      // A bracket after a full stop at the edge is the statement's annotation wrapped onto the next line.
      boolean annotation = next.startsWith("(") || next.startsWith("（");
      if (!full || (ends && !annotation) || next.isEmpty() || Labels.parse(next).isPresent()
          || Labels.attachment(next).isPresent()) {
        flush(paragraph, out);
      }
    }
    flush(paragraph, out);
    return out;
  }

  /**
   * The right (or left) edge of the text: where most long lines end (or start); lines broken by the
   * layout end at the right edge, and the lines that go on start at the left.
   */
  private static float edge(List<Line> lines, boolean right) {
    Map<Integer, Integer> ends = new HashMap<>();
    for (Line l : lines) {
      if (l.text().length() >= 10) {
        ends.merge(Math.round((right ? l.x1() : l.x0()) / 4), 1, Integer::sum);
      }
    }
    int best = -1;
    int count = 0;
    for (Map.Entry<Integer, Integer> e : ends.entrySet()) {
      if (e.getValue() > count || (e.getValue() == count && (right ? e.getKey() > best : e.getKey() < best))) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best < 0 ? (right ? Float.MAX_VALUE : 0) : best * 4f;
  }

  private static float charWidth(Line l) {
    float chars = Math.max(1, l.text().length());
    return Math.max(4f, (l.x1() - l.x0()) / chars);
  }

  private static void flush(StringBuilder paragraph, List<Block> out) {
    if (paragraph.length() > 0) {
      out.add(Paragraph.of(paragraph.toString()));
      paragraph.setLength(0);
    }
  }

  /** Reads the table whose header is line {@code at}; returns the index of the first line after it. */
  private static int table(List<Line> lines, int at, List<Block> out) {
    Line header = lines.get(at);
    int n = header.words.size();
    float[] starts = columnStarts(header, lines.subList(at + 1, Math.min(lines.size(), at + 300)));
    int number = DocumentReading.numberColumn(
        header.words.stream().map(Word::text).collect(Collectors.toList())).orElse(-1);
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of(header.words.stream().map(Word::text).toArray(String[]::new)));
    StringBuilder[] row = null;
    int i = at + 1;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.text().equals(header.text())) {
        continue; // the header repeated on a new page
      }
      StringBuilder[] parts = new StringBuilder[n];
      boolean across = false;
      for (Word w : l.words) {
        int c = column(starts, w.x0 + 1);
        if (c + 2 < n && w.x1 > starts[c + 2]) {
          across = true;
        }
        if (parts[c] == null) {
          parts[c] = new StringBuilder();
        }
        parts[c].append(w.text);
      }
      String t = l.text();
      if (across || countFilled(parts) == 1 && parts[0] != null && !Character.isDigit(t.charAt(0))) {
        if (t.length() <= 60 && t.indexOf('。') < 0 && Labels.parse(t).isPresent()) {
          // A heading across the table (一、… or (一)…): a group row.
          if (row != null) {
            rows.add(rowOf(row));
            row = null;
          }
          rows.add(Row.of(List.of(Cell.of(t, 1, n))));
          continue;
        }
        break;
      }
      int key = number >= 0 ? number : 0;
      boolean startsRow = parts[key] != null
          && (number < 0 || Character.isDigit(parts[key].charAt(0)));
      boolean onlyFirst = parts[0] != null && countFilled(parts) == 1;
      if (number >= 0 && onlyFirst && !startsRow && number == 0) {
        break; // text in the 序号 column that is no number: the table has ended
      }
      if (startsRow || row == null) {
        if (row != null) {
          rows.add(rowOf(row));
        }
        row = new StringBuilder[n];
      }
      for (int c = 0; c < n; c++) {
        if (parts[c] != null) {
          if (row[c] == null) {
            row[c] = new StringBuilder();
          }
          row[c].append(parts[c]);
        }
      }
    }
    if (row != null) {
      rows.add(rowOf(row));
    }
    out.add(Table.of(rows));
    return i;
  }

  /**
   * Where each column starts: header words stand centred in their cells, so a column starts at the
   * left edge most body words share between the previous column and its header word, else at its
   * header word.
   */
  private static float[] columnStarts(Line header, List<Line> body) {
    Map<Integer, Integer> edges = new HashMap<>();
    for (Line l : body) {
      for (Word w : l.words) {
        edges.merge(Math.round(w.x0 / 2), 1, Integer::sum);
      }
    }
    int n = header.words.size();
    float[] starts = new float[n];
    float previous = -1;
    for (int c = 0; c < n; c++) {
      float own = header.words.get(c).x0;
      float best = own;
      float bestEdge = -1;
      int bestCount = 2;
      for (Map.Entry<Integer, Integer> e : edges.entrySet()) {
        float x = e.getKey() * 2f;
        if (e.getValue() > bestCount && x <= own + 2 && x > previous + 4) {
          bestEdge = x;
          bestCount = e.getValue();
        }
      }
      if (bestEdge >= 0) {
        best = bestEdge;
      }
      starts[c] = best;
      previous = best;
    }
    return starts;
  }

  private static int countFilled(StringBuilder[] parts) {
    int k = 0;
    for (StringBuilder p : parts) {
      if (p != null) {
        k++;
      }
    }
    return k;
  }

  private static int column(float[] starts, float x) {
    int c = 0;
    for (int i = 0; i < starts.length; i++) {
      if (x >= starts[i] - 2) {
        c = i;
      }
    }
    return c;
  }

  private static Row rowOf(StringBuilder[] row) {
    List<Cell> cells = new ArrayList<>();
    for (StringBuilder b : row) {
      cells.add(Cell.of(b == null ? "" : b.toString()));
    }
    return Row.of(cells);
  }
}
