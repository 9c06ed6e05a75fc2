package io.bpohub.contactimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One pass over a file before it is imported: its SHA-256 (a resume must read the same bytes), its
 * size (progress), and, for CSV with charset AUTO, whether it is UTF-8 or GB18030.
 * <p>
 * Detection: a byte-order mark decides (UTF-8, UTF-16). Otherwise the whole file is checked as UTF-8,
 * counting well-formed multi-byte sequences and ill-formed bytes. No ill-formed byte: UTF-8 (pure
 * ASCII included, which reads the same in both). Ill-formed bytes that are a small minority (under 1 %)
 * of the multi-byte sequences: UTF-8 that is damaged; the strict decoder then fails naming the line,
 * instead of silently reading every name as GB18030 mojibake. Otherwise GB18030, of which GBK and
 * GB2312 are subsets: Chinese text in GBK forms valid UTF-8 sequences only by accident (about one
 * character in ten), so the two are far apart.
 */
final class FileFacts {
    static final Charset GB18030 = Charset.forName("GB18030");

    final String sha256;
    final long size;
    /** The charset detected, or null when detection was not asked for. */
    final Charset detected;
    /** Bytes of a byte-order mark to skip (0 without one). */
    final int bomLength;

    private FileFacts(String sha256, long size, Charset detected, int bomLength) {
        this.sha256 = sha256;
        this.size = size;
        this.detected = detected;
        this.bomLength = bomLength;
    }

    static FileFacts scan(Path file, boolean detect) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JRE has no SHA-256", e);
        }
        Utf8Check check = new Utf8Check();
        long size = 0;
        byte[] head = new byte[3];
        int headLength = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n && headLength < 3; i++) head[headLength++] = buffer[i];
                if (detect) check.feed(buffer, n);
                size += n;
            }
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        int bom = bomLength(head, headLength);
        Charset charset = null;
        if (detect) {
            if (bom == 3) charset = StandardCharsets.UTF_8;
            else if (bom == 2) charset = (head[0] & 0xff) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            else charset = check.looksUtf8() ? StandardCharsets.UTF_8 : GB18030;
        }
        return new FileFacts(sha, size, charset, bom);
    }

    static int bomLength(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) return 3;
        if (length >= 2 && (((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) || ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF))) return 2;
        return 0;
    }

    /** How many bytes of a BOM to skip before decoding with {@code charset}. */
    int bomFor(Charset charset) {
        if (bomLength == 3 && charset.equals(StandardCharsets.UTF_8)) return 3;
        if (bomLength == 2 && charset.name().startsWith("UTF-16")) return 2;
        return 0;
    }

    /** A streaming UTF-8 well-formedness count (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
    static final class Utf8Check {
        long sequences;
        long illFormed;
        private int need;       // continuation bytes still expected
        private int lower = 0x80, upper = 0xBF;  // range of the next continuation byte

        void feed(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xff;
                if (need == 0) {
                    if (c < 0x80) continue;
                    if (c >= 0xC2 && c <= 0xDF) { need = 1; lower = 0x80; upper = 0xBF; }
                    else if (c == 0xE0) { need = 2; lower = 0xA0; upper = 0xBF; }
                    else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) { need = 2; lower = 0x80; upper = 0xBF; }
                    else if (c == 0xED) { need = 2; lower = 0x80; upper = 0x9F; }
                    else if (c == 0xF0) { need = 3; lower = 0x90; upper = 0xBF; }
                    else if (c >= 0xF1 && c <= 0xF3) { need = 3; lower = 0x80; upper = 0xBF; }
                    else if (c == 0xF4) { need = 3; lower = 0x80; upper = 0x8F; }
                    else illFormed++;
                } else if (c >= lower && c <= upper) {
                    lower = 0x80;
                    upper = 0xBF;
                    if (--need == 0) sequences++;
                } else {
                    illFormed++;
                    need = 0;
                    i--;  // this byte starts afresh
                }
            }
        }

        boolean looksUtf8() {
            if (need > 0) illFormed++;  // cut off at the end
            return illFormed == 0 || illFormed * 100 < sequences;
        }
    }
}
