package org.pactum.extractor.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads text as UTF-8 whenever its first bytes are valid UTF-8 with something beyond ASCII, and asks
 * the usual statistical detectors only otherwise. Those detectors guess from letter frequencies,
 * which on a short contract in Hebrew or Arabic can come out as a Chinese code page and turn every
 * word into nonsense; bytes that happen to form valid multi-byte UTF-8 by accident are rare enough in
 * any other encoding that this check is the safer first answer.
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {

  static final int LOOK_AHEAD = 64 * 1024;

  private final EncodingDetector fallback;

  Utf8FirstEncodingDetector(EncodingDetector fallback) {
    this.fallback = fallback;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return fallback.detect(null, metadata);
    }
    input.mark(LOOK_AHEAD);
    byte[] head;
    try {
      head = input.readNBytes(LOOK_AHEAD);
    } finally {
      input.reset();
    }
    return isUtf8BeyondAscii(head, head.length == LOOK_AHEAD) ? StandardCharsets.UTF_8 : fallback.detect(input, metadata);
  }

  /** Whether the bytes hold non-ASCII and decode strictly as UTF-8; a sequence cut by the look-ahead's end is forgiven. */
  static boolean isUtf8BeyondAscii(byte[] bytes, boolean cutShort) {
    boolean beyondAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        beyondAscii = true;
        break;
      }
    }
    if (!beyondAscii) {
      return false;
    }
    int length = bytes.length;
    if (cutShort) {
      // drop a multi-byte sequence the look-ahead cut in two: at most three continuation bytes and their lead
      int back = 0;
      while (back < 3 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0x80) {
        back++;
      }
      if (length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0xC0) {
        length -= back + 1;
      }
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      strict.decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
