package io.github.pilotplan.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pilotplan.document.Block;
import io.github.pilotplan.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Running headers, footers and page numbers, on a three-page PDF written here with PDFBox (made for
 * this test: Latin text, as the standard fonts have no Chinese).
 */
class PdfRunningLinesTest {

  @Test
  void headersFootersAndPageNumbersAreDropped() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int page = 1; page <= 3; page++) {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
          line(s, font, 760, "Talent Programme Implementation Opinions");
          line(s, font, 700, page + ". Item " + page + " of the plan.");
          line(s, font, 680, "It goes on in a second paragraph on page " + page + ".");
          line(s, font, 40, "- " + page + " -");
        }
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    Document read = PdfDocuments.read(pdf);
    List<String> lines = read.blocks().stream().map(Block::toString).toList();
    assertThat(lines).containsExactly(
        "1. Item 1 of the plan.", "It goes on in a second paragraph on page 1.",
        "2. Item 2 of the plan.", "It goes on in a second paragraph on page 2.",
        "3. Item 3 of the plan.", "It goes on in a second paragraph on page 3.");
  }

  private static void line(PDPageContentStream s, PDType1Font font, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, 12);
    s.newLineAtOffset(72, y);
    s.showText(text);
    s.endText();
  }
}
