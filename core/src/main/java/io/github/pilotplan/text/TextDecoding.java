package io.github.pilotplan.text;

import com.google.common.base.Preconditions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plan into text, telling UTF-8 (with or without a byte-order mark) from
 * GB18030 by itself.
 *
 * <pre>{@code
 * String text = TextDecoding.decode(Files.readAllBytes(path));
 * }</pre>
 *
 * <p>Bytes that are valid UTF-8 are read as UTF-8 (a leading byte-order mark is dropped);
 * otherwise they are read as GB18030. Bytes that are neither are refused with an {@link
 * UndecodableInputException} that gives the offset of the first byte GB18030 could not read.
 */
public final class TextDecoding {

  /** GB18030, the superset of GBK and GB2312 that Chinese sites serve. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /** The text of {@code bytes}; see the class comment. */
  public static String decode(byte[] bytes) throws UndecodableInputException {
    Preconditions.checkNotNull(bytes, "bytes");
    int skip = hasUtf8Bom(bytes) ? 3 : 0;
    // Fast path: the String constructor's UTF-8 decoder is intrinsified and several times faster
    // than a CharsetDecoder. It replaces every malformed sequence with U+FFFD, so a result without
    // U+FFFD proves the bytes were valid UTF-8, and then it equals what the strict decoder gives.
    // A result with U+FFFD (malformed bytes, or a U+FFFD written in the text) takes the strict path.
    String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return strict(StandardCharsets.UTF_8).decode(in).toString();
    } catch (CharacterCodingException notUtf8) {
      // fall through to GB18030
    }
    CharsetDecoder gb = strict(GB18030);
    ByteBuffer gbIn = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, bytes.length * 2L + 16));
    CoderResult r = gb.decode(gbIn, out, true);
    if (!r.isError()) {
      r = gb.flush(out);
    }
    if (r.isError()) {
      int at = Math.min(gbIn.position(), bytes.length - 1);
      throw new UndecodableInputException(at, bytes[at]);
    }
    out.flip();
    return out.toString();
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
