package io.github.pilotplan.examples.files;

import com.google.common.base.Preconditions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The format of a plan file, told from its bytes (not from its name).
 *
 * <pre>{@code
 * FileFormat.of(Files.readAllBytes(path));   // PDF for "%PDF-…", DOCX for a zip with word/document.xml
 * }</pre>
 *
 * <p>PDF: the bytes open with {@code %PDF-} (within the first 1024 bytes, as readers allow). DOCX:
 * a zip archive holding {@code word/document.xml}. DOC: the old binary Word format (an OLE
 * compound file), which is not read. HTML: the first non-blank characters are markup — a doctype,
 * a comment, or an {@code html}, {@code head}, {@code body}, {@code meta}, {@code div}, {@code p}
 * or {@code table} tag. Anything else is plain TEXT.
 */
public enum FileFormat {
  /** Plain text, UTF-8 or GB18030. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** A Word file (Office Open XML). */
  DOCX,
  /** The old binary Word format, which is not read. */
  DOC,
  /** A PDF file. */
  PDF;

  private static final Pattern MARKUP = Pattern.compile(
      "^(<!doctype\\s+html|<!--|<\\?xml[^>]*>\\s*<(!doctype\\s+)?html|<(html|head|body|meta|title|div|p|table|section|article)[\\s>/])");

  /** The format of {@code bytes}. */
  public static FileFormat of(byte[] bytes) {
    Preconditions.checkNotNull(bytes, "bytes");
    if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
      return PDF;
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return hasWordDocument(bytes) ? DOCX : TEXT;
    }
    if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
        && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
      return DOC;
    }
    // Markup is ASCII: the head of the bytes read as Latin-1 is enough, whatever the charset.
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    int i = 0;
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3; // a UTF-8 byte-order mark
    }
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    return MARKUP.matcher(head.substring(i).toLowerCase(Locale.ROOT)).find() ? HTML : TEXT;
  }

  private static int indexOf(byte[] bytes, byte[] what, int within) {
    int end = Math.min(bytes.length - what.length, within);
    outer:
    for (int i = 0; i <= end; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean hasWordDocument(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
