package io.github.pilotplan.examples.files;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.pilotplan.Plan;
import io.github.pilotplan.PlanLoader;
import io.github.pilotplan.document.Document;
import io.github.pilotplan.InputTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a plan from a file in whatever format it came: plain text, an HTML page, a Word {@code
 * .docx} or a PDF, the format told from the bytes ({@link FileFormat}), not from the name.
 *
 * <pre>{@code
 * Plan plan = PlanFiles.load(Path.of("穗卫函〔2023〕1930号.html"));
 * plan.tasks().ownedBy("市医保局").list();
 * Document doc = PlanFiles.read(Path.of("方案.docx"));   // the paragraphs and tables themselves
 * }</pre>
 */
public final class PlanFiles {

  /**
   * The file-name extensions of plan files, lower case: text ({@code txt}), HTML ({@code html},
   * {@code htm}), Word ({@code docx}, and the old {@code doc}, which is refused with a reason) and
   * PDF. The format itself is told from the bytes; the extension only picks the files of a
   * directory worth reading ({@code pilotplan sweep}).
   */
  public static final ImmutableList<String> EXTENSIONS = ImmutableList.of("txt", "html", "htm", "docx", "doc", "pdf");

  private PlanFiles() {}

  /**
   * Whether {@code path}'s name ends with one of the {@link #EXTENSIONS}, in any case.
   *
   * <pre>{@code
   * PlanFiles.hasPlanExtension(Path.of("方案.PDF"));   // true
   * PlanFiles.hasPlanExtension(Path.of("logo.png"));  // false
   * }</pre>
   */
  public static boolean hasPlanExtension(Path path) {
    Preconditions.checkNotNull(path, "path");
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The plan in the file at {@code path}, read with the standard loader.
   *
   * @throws InputTooLargeException if the file is larger than the loader's cap
   * @throws UnreadableFileException if it is a .docx or PDF that cannot be read, or an old .doc
   * @throws IOException if the file cannot be read, or its text is neither UTF-8 nor GB18030
   */
  public static Plan load(Path path) throws IOException {
    return load(path, PlanLoader.standard());
  }

  /** As {@link #load(Path)}, with {@code loader} (its size cap applies to the file's bytes). */
  public static Plan load(Path path, PlanLoader loader) throws IOException {
    Preconditions.checkNotNull(path, "path");
    Preconditions.checkNotNull(loader, "loader");
    return load(readCapped(path, loader.maxInputSize()), loader);
  }

  /** The plan in {@code bytes} of any supported format. */
  public static Plan load(byte[] bytes, PlanLoader loader) throws IOException {
    Preconditions.checkNotNull(bytes, "bytes");
    if (bytes.length > loader.maxInputSize()) {
      throw new InputTooLargeException(loader.maxInputSize(), "bytes");
    }
    FileFormat format = FileFormat.of(bytes);
    if (format == FileFormat.TEXT) {
      return loader.load(bytes);
    }
    Document document = document(bytes, format);
    try {
      return loader.load(document);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof InputTooLargeException tooLarge) {
        throw tooLarge; // the written-out text is larger than the cap
      }
      throw e;
    }
  }

  /** The document (paragraphs and tables) in the file at {@code path}; plain text as paragraphs. */
  public static Document read(Path path) throws IOException {
    byte[] bytes = readCapped(path, PlanLoader.DEFAULT_MAX_INPUT_SIZE);
    FileFormat format = FileFormat.of(bytes);
    if (format == FileFormat.TEXT) {
      return Document.of(io.github.pilotplan.document.Paragraph.of(
          io.github.pilotplan.DocumentReading.decode(bytes)));
    }
    return document(bytes, format);
  }

  private static Document document(byte[] bytes, FileFormat format) throws IOException {
    switch (format) {
      case HTML:
        return HtmlDocuments.read(bytes);
      case DOCX:
        return DocxDocuments.read(bytes);
      case PDF:
        return PdfDocuments.read(bytes);
      case DOC:
        throw new UnreadableFileException(format,
            "an old binary Word file (.doc): save it as .docx, PDF or text first", null);
      default:
        throw new IllegalStateException("no reader for " + format);
    }
  }

  private static byte[] readCapped(Path path, long cap) throws IOException {
    // No array holds more than about 2 GiB, whatever the cap (up to Long.MAX_VALUE, where cap + 1
    // would overflow and read nothing).
    long limit = Math.min(Integer.MAX_VALUE - 9L, cap);
    if (Files.isRegularFile(path) && Files.size(path) > limit) {
      throw new InputTooLargeException(limit, "bytes");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw new InputTooLargeException(limit, "bytes");
      }
      return bytes;
    }
  }
}
