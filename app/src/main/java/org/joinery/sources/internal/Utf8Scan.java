package org.joinery.sources.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One streaming pass over a file: its SHA-256 (the same file again is the same batch) and whether it is UTF-8,
 * with the line of the first byte that is not. Decoding leniently would turn such bytes into question marks
 * and store them as data, so they are refused instead.
 */
final class Utf8Scan {

    /** @param badLine the line of the first byte that is not UTF-8, or 0 when the whole file is UTF-8 */
    record Result(String sha256, int badLine) {
    }

    private Utf8Scan() {
    }

    public static Result scan(Path file) {
        MessageDigest digest = sha256();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        LineCount lines = new LineCount();
        int badLine = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int read;
            while ((read = in.read(chunk)) > 0) {
                digest.update(chunk, 0, read);
                if (badLine > 0) {
                    continue;
                }
                bytes.put(chunk, 0, read).flip();
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, false);
                while (result.isOverflow()) {
                    chars.clear();
                    result = decoder.decode(bytes, chars, false);
                }
                lines.count(bytes, start, bytes.position());
                if (result.isError()) {
                    badLine = lines.line;
                }
                bytes.compact();
                chars.clear();
            }
            if (badLine == 0) {
                bytes.flip();
                if (decoder.decode(bytes, chars, true).isError()) {
                    badLine = lines.line;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(HexFormat.of().formatHex(digest.digest()), badLine);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lines as the CSV reader counts them: a line ends at LF, CRLF or a CR alone (as "CSV (Macintosh)" files end
     * them), so the line named is the line the sender sees.
     */
    private static final class LineCount {
        int line = 1;
        private boolean afterCr;

        void count(ByteBuffer buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = buffer.get(i);
                if (b == '\r' || (b == '\n' && !afterCr)) {
                    line++;
                }
                afterCr = b == '\r';
            }
        }
    }
}
