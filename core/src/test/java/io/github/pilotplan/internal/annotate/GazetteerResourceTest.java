package io.github.pilotplan.internal.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer the library ships ({@code gazetteer.bin.gz}) is the binary form of the reviewed
 * text file {@code core/tools/gazetteer/gazetteer.tsv.gz}: this test builds it from the text and
 * fails while the two differ. After changing the text or the short-form rules, write it again:
 *
 * <pre>
 * mvn -pl core test -Dtest=GazetteerResourceTest -Dpilotplan.gazetteer.write=true
 * </pre>
 */
class GazetteerResourceTest {

  private static final Path TSV = Path.of("tools/gazetteer/gazetteer.tsv.gz");
  private static final Path BIN = Path.of("src/main/resources/io/github/pilotplan/internal/annotate/gazetteer.bin.gz");

  @Test
  void theShippedBinaryIsBuiltFromTheText() throws IOException {
    byte[] built = Gazetteer.fromTsv(gunzip(Files.readAllBytes(TSV))).encode();
    if (Boolean.getBoolean("pilotplan.gazetteer.write")) {
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
        out.write(built);
      }
      Files.write(BIN, gz.toByteArray());
    }
    byte[] shipped;
    try (InputStream in = new GZIPInputStream(Gazetteer.class.getResourceAsStream("gazetteer.bin.gz"))) {
      shipped = in.readAllBytes();
    }
    assertThat(shipped).as("gazetteer.bin.gz is stale: write it again (see this test's Javadoc)").isEqualTo(built);
  }

  @Test
  void theBinaryFormReadsBackAsTheText() throws IOException {
    Gazetteer text = Gazetteer.fromTsv(gunzip(Files.readAllBytes(TSV)));
    Gazetteer binary = Gazetteer.decode(text.encode());
    assertThat(binary.all()).hasSize(44_690).isEqualTo(text.all());
    assertThat(binary.lookup("天河")).isEqualTo(text.lookup("天河")).isNotEmpty();
    assertThat(Gazetteer.standard().all()).isEqualTo(text.all());
  }

  @Test
  void aTextOutOfOrderOrWithoutTabsIsRefused() {
    assertThatThrownBy(() -> Gazetteer.fromTsv("4401\t广州市\n44\t广东省\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2: code 44 is not after the one before");
    assertThatThrownBy(() -> Gazetteer.fromTsv("44 广东省\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 has no code<TAB>name");
    // Parents from a text read by hand: 440106 lies in 4401, 4401 in 44, and 441900114 in 4419
    // (东莞 has no county level).
    Gazetteer g = Gazetteer.fromTsv("44\t广东省\n4401\t广州市\n440106\t天河区\n4419\t东莞市\n441900114\t黄江镇\n");
    assertThat(g.byCode("440106").orElseThrow().parentCode()).hasValue("4401");
    assertThat(g.byCode("441900114").orElseThrow().parentCode()).hasValue("4419");
    assertThat(g.byCode("44").orElseThrow().parentCode()).isEmpty();
    assertThat(g.lookup("黄江")).extracting(p -> p.code()).containsExactly("441900114");
  }

  private static String gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
