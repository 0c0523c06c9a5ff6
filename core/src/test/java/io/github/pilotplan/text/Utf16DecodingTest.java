package io.github.pilotplan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pilotplan.PlanLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import io.github.pilotplan.UndecodableInputException;
import io.github.pilotplan.internal.text.TextDecoding;

/** UTF-16, as Windows' Notepad saves "Unicode", with or without its byte-order mark. */
class Utf16DecodingTest {

  private static final String PLAN = "(一)总则\n1、2011年前完成调查。(责任单位:市财政局)\n";

  @Test
  void littleEndianWithoutAByteOrderMarkIsDetected() throws Exception {
    byte[] bytes = PLAN.getBytes(StandardCharsets.UTF_16LE);

    assertThat(TextDecoding.decode(bytes)).isEqualTo(PLAN);
    assertThat(PlanLoader.standard().load(bytes).tasks().ownedBy("市财政局").count()).isEqualTo(1);
  }

  @Test
  void bigEndianWithoutAByteOrderMarkIsDetected() throws Exception {
    assertThat(TextDecoding.decode(PLAN.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(PLAN);
  }

  @Test
  void withAByteOrderMark() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PLAN.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PLAN.getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextDecoding.decode(le)).isEqualTo(PLAN);
    assertThat(TextDecoding.decode(be)).isEqualTo(PLAN);
  }

  @Test
  void aByteOrderMarkFollowedByBytesThatAreNotUtf16IsRefused() {
    // FF FE, then 0x00 0xD8: a high surrogate (U+D800), then 'a' (61 00) where a low one must be.
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x61, 0x00};

    assertThatThrownBy(() -> TextDecoding.decode(bytes))
        .isInstanceOf(UndecodableInputException.class)
        .hasMessageStartingWith("input is not UTF-16LE despite a UTF-16LE byte-order mark")
        .extracting(e -> ((UndecodableInputException) e).problem())
        .isEqualTo("not UTF-16LE despite a UTF-16LE byte-order mark");
  }

  @Test
  void utf8WithANulByteStaysUtf8() throws Exception {
    // Odd length and mostly CJK as UTF-8: no byte order reads it as plain UTF-16.
    String text = "1、测试\u0000事项\n";

    assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void gb18030IsStillGb18030() throws Exception {
    assertThat(TextDecoding.decode(PLAN.getBytes(TextDecoding.GB18030))).isEqualTo(PLAN);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
