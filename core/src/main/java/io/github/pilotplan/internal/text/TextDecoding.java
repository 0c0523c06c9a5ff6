package io.github.pilotplan.internal.text;

import com.google.common.base.Preconditions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import io.github.pilotplan.UndecodableInputException;

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
 *
 * <p>UTF-16 (as Windows' Notepad saves "Unicode") is read too: with a byte-order mark ({@code FF
 * FE} little-endian, {@code FE FF} big-endian), or without one when the bytes hold NUL bytes
 * (which neither UTF-8 nor GB18030 text has, and which every ASCII character of UTF-16 text
 * brings: a line break is {@code 0A 00}) and one byte order reads them as plain text: at least 90%
 * of the characters CJK ideographs, CJK or full-width punctuation, ASCII or line breaks.
 * Otherwise the NULs are read as the characters they are. UTF-16 text without a single ASCII
 * character (no line break, digit or space) cannot be told from GB18030 and reads as GB18030.
 */
public final class TextDecoding {

  /** GB18030, the superset of GBK and GB2312 that Chinese sites serve. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /** The text of {@code bytes}; see the class comment. */
  public static String decode(byte[] bytes) throws UndecodableInputException {
    Preconditions.checkNotNull(bytes, "bytes");
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE);
    }
    String text;
    try {
      text = decodeUtf8OrGb18030(bytes);
    } catch (UndecodableInputException e) {
      String utf16 = hasNul(bytes) ? plainUtf16(bytes) : null;
      if (utf16 != null) {
        return utf16;
      }
      throw e;
    }
    if (text.indexOf('\0') >= 0) {
      String utf16 = plainUtf16(bytes);
      if (utf16 != null) {
        return utf16;
      }
    }
    return text;
  }

  private static String decodeUtf8OrGb18030(byte[] bytes) throws UndecodableInputException {
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

  /** The UTF-16 text from {@code skip} on, or an exception at the first bad pair of bytes. */
  private static String utf16(byte[] bytes, int skip, Charset charset) throws UndecodableInputException {
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharsetDecoder decoder = strict(charset);
    CharBuffer out = CharBuffer.allocate((bytes.length - skip) / 2 + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = Math.min(in.position(), bytes.length - 1);
      throw new UndecodableInputException(at, bytes[at],
          "not " + charset.name() + " despite a " + charset.name() + " byte-order mark");
    }
    out.flip();
    return out.toString();
  }

  /**
   * The text of {@code bytes} as UTF-16 without a byte-order mark, in the byte order that reads
   * as plain text (see the class comment), or null if neither does.
   */
  private static String plainUtf16(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      String text;
      try {
        text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        continue;
      }
      long plain = text.chars().filter(TextDecoding::isPlain).count();
      if (plain * 10 >= text.length() * 9L) {
        return text;
      }
    }
    return null;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is what plan text is made of: CJK, its punctuation, ASCII, line breaks. */
  private static boolean isPlain(int c) {
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F);
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
