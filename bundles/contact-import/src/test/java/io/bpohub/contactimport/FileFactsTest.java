package io.bpohub.contactimport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.Test;

/** Charset detection (UTF-8 with and without BOM vs GBK/GB18030) and the file's hash. */
public class FileFactsTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String TEXT = "external_id,name,phone,city\nC1,王伟,13800138000,北京\nC2,李秀英,13900139000,上海\nC3,Émilie Dubois,13700137000,广州\n";

    private static FileFacts scan(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("facts", ".csv");
        try {
            Files.write(file, bytes);
            return FileFacts.scan(file, true);
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    public void utf8WithAndWithoutBom() throws Exception {
        FileFacts plain = scan(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, plain.detected);
        assertEquals(0, plain.bomFor(plain.detected));
        FileFacts bom = scan(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, bom.detected);
        assertEquals(3, bom.bomFor(bom.detected));
    }

    @Test
    public void gbkIsReadAsGb18030() throws Exception {
        String chinese = TEXT.replace("Émilie Dubois", "Emilie Dubois");
        FileFacts gbk = scan(chinese.getBytes(GBK));
        assertEquals(FileFacts.GB18030, gbk.detected);
        // GBK is a subset of GB18030: the detected charset decodes the names exactly
        assertEquals(chinese, new String(chinese.getBytes(GBK), gbk.detected));
    }

    @Test
    public void asciiIsUtf8AndAFewDamagedBytesDoNotTurnUtf8IntoGb18030() throws Exception {
        assertEquals(StandardCharsets.UTF_8, scan("phone\n13800138000\n".getBytes(StandardCharsets.US_ASCII)).detected);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) many.append(TEXT);
        byte[] bytes = many.toString().getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length / 2] = (byte) 0xFF;  // one bad byte among a thousand Chinese characters
        // detected as UTF-8, so the strict decoder reports that line instead of reading every name as mojibake
        assertEquals(StandardCharsets.UTF_8, scan(bytes).detected);
    }

    @Test
    public void utf16WithBomIsRecognised() throws Exception {
        FileFacts le = scan(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(StandardCharsets.UTF_16LE, le.detected);
        assertEquals(2, le.bomFor(le.detected));
    }

    @Test
    public void hashAndSizeAreOfTheWholeFile() throws Exception {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        FileFacts facts = scan(bytes);
        assertEquals(bytes.length, facts.size);
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), facts.sha256);
        Path file = Files.createTempFile("facts", ".csv");
        Files.write(file, bytes);
        assertNull(FileFacts.scan(file, false).detected);
        Files.delete(file);
    }
}
