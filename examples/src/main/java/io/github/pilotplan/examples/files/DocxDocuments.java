package io.github.pilotplan.examples.files;

import com.google.common.base.Preconditions;
import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Cell;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.document.Paragraph;
import io.github.pilotplan.document.Row;
import io.github.pilotplan.document.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word {@code .docx} file into a {@link Document}: its paragraphs (Word's automatic list
 * numbering rendered as the labels a reader sees), and its tables (merged cells as spans).
 *
 * <pre>{@code
 * Document doc = DocxDocuments.read(Files.readAllBytes(Path.of("方案.docx")));
 * }</pre>
 *
 * <p>Numbering: each numbered paragraph counts on its list's level (deeper levels start again; a
 * list's start override is honoured),
 * and its level text (such as {@code %1、} or {@code （%2）}) is filled with the counters in the
 * level's format: decimal (1), Chinese counting (一), enclosed circles (①), letters and roman
 * numerals. The text of content controls around body text is read too. Headers, footers and
 * footnotes are not part of the body and are left out.
 */
public final class DocxDocuments {

  private DocxDocuments() {}

  /**
   * The document in the bytes of a {@code .docx} file.
   *
   * @throws UnreadableFileException if the bytes are not a Word document POI can open
   */
  public static Document read(byte[] bytes) throws UnreadableFileException {
    Preconditions.checkNotNull(bytes, "bytes");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<Block> blocks = new ArrayList<>();
      Numbering numbering = new Numbering();
      for (IBodyElement e : docx.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          String text = numbering.label(p) + p.getText();
          if (!text.isBlank()) {
            blocks.add(Paragraph.of(text));
          }
        } else if (e instanceof XWPFTable t) {
          blocks.add(table(t));
        } else if (e instanceof XWPFSDT sdt) {
          // A content control around body text: its text, a paragraph a line.
          for (String line : sdt.getContent().getText().split("\\R")) {
            if (!line.isBlank()) {
              blocks.add(Paragraph.of(line));
            }
          }
        }
      }
      return Document.of(blocks);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(FileFormat.DOCX,
          "not a readable Word document: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
  }

  /** The counters of Word's automatic numbering, per list. */
  private static final class Numbering {
    final Map<BigInteger, int[]> counters = new HashMap<>();

    String label(XWPFParagraph p) {
      BigInteger id = p.getNumID();
      String levelText = p.getNumLevelText();
      if (id == null || levelText == null) {
        return "";
      }
      int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
      int[] c = counters.computeIfAbsent(id, k -> new int[9]);
      if (c[level] == 0) {
        BigInteger start = p.getNumStartOverride();
        c[level] = start == null ? 0 : Math.max(0, start.intValue() - 1);
      }
      c[level]++;
      for (int i = level + 1; i < 9; i++) {
        c[i] = 0;
      }
      String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < levelText.length(); i++) {
        char ch = levelText.charAt(i);
        if (ch == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
          int l = levelText.charAt(i + 1) - '1';
          int value = l >= 0 && l < 9 ? Math.max(c[l], 1) : 1;
          sb.append(format(value, l == level ? format : "decimal"));
          i++;
        } else {
          sb.append(ch);
        }
      }
      return sb.toString();
    }
  }

  /** A counter in one of Word's number formats. */
  static String format(int n, String format) {
    switch (format) {
      case "chineseCounting":
      case "chineseCountingThousand":
      case "ideographTraditional":
      case "chineseLegalSimplified":
      case "taiwaneseCounting":
      case "japaneseCounting":
        return chinese(n);
      case "decimalEnclosedCircle":
      case "decimalEnclosedCircleChinese":
        return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
      case "decimalFullWidth":
      case "decimalFullWidth2":
        return Integer.toString(n).chars().mapToObj(ch -> String.valueOf((char) (ch - '0' + '０')))
            .reduce("", String::concat);
      case "lowerLetter":
        return String.valueOf((char) ('a' + (n - 1) % 26));
      case "upperLetter":
        return String.valueOf((char) ('A' + (n - 1) % 26));
      case "lowerRoman":
        return roman(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman":
        return roman(n);
      case "bullet":
      case "none":
        return "";
      default:
        return Integer.toString(n);
    }
  }

  private static String chinese(int n) {
    String digits = "〇一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(Math.max(0, n)));
    }
    if (n >= 100) {
      return Integer.toString(n);
    }
    return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }

  private static String roman(int n) {
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length && n > 0; i++) {
      while (n >= v[i]) {
        sb.append(s[i]);
        n -= v[i];
      }
    }
    return sb.toString();
  }

  /** A Word table: horizontal merges (gridSpan) and vertical merges (vMerge) as spans. */
  private static Table table(XWPFTable t) {
    List<XWPFTableRow> rows = t.getRows();
    // For each row, the grid column where each cell starts.
    List<int[]> starts = new ArrayList<>();
    for (XWPFTableRow r : rows) {
      int[] s = new int[r.getTableCells().size()];
      int col = 0;
      for (int i = 0; i < s.length; i++) {
        s[i] = col;
        col += gridSpan(r.getTableCells().get(i));
      }
      starts.add(s);
    }
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      List<XWPFTableCell> tc = rows.get(r).getTableCells();
      for (int i = 0; i < tc.size(); i++) {
        XWPFTableCell cell = tc.get(i);
        String merge = vMerge(cell);
        if ("continue".equals(merge)) {
          continue; // covered by the cell above
        }
        int rowSpan = 1;
        if ("restart".equals(merge)) {
          int col = starts.get(r)[i];
          for (int below = r + 1; below < rows.size() && rowSpan < Cell.MAX_SPAN; below++) {
            XWPFTableCell under = cellAt(rows.get(below), starts.get(below), col);
            if (under == null || !"continue".equals(vMerge(under))) {
              break;
            }
            rowSpan++;
          }
        }
        cells.add(Cell.of(text(cell), rowSpan, gridSpan(cell)));
      }
      out.add(Row.of(cells));
    }
    return Table.of(out);
  }

  private static XWPFTableCell cellAt(XWPFTableRow row, int[] starts, int col) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] == col) {
        return row.getTableCells().get(i);
      }
    }
    return null;
  }

  private static int gridSpan(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    return Math.max(1, Math.min(Cell.MAX_SPAN, pr.getGridSpan().getVal().intValue()));
  }

  /** "restart", "continue", or null for a cell outside a vertical merge. */
  private static String vMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || pr.getVMerge() == null) {
      return null;
    }
    // <w:vMerge/> without a value continues the merge above.
    return pr.getVMerge().getVal() == STMerge.RESTART ? "restart" : "continue";
  }

  private static String text(XWPFTableCell cell) {
    StringBuilder sb = new StringBuilder();
    Numbering numbering = new Numbering();
    for (XWPFParagraph p : cell.getParagraphs()) {
      String s = numbering.label(p) + p.getText();
      if (s.isBlank()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
