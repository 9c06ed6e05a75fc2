package io.bpohub.telephony.sim;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One recording of a call: what was audible when, kept as a list of changes and written as a WAV file (8 kHz,
 * 16-bit mono PCM) only when the recording stops, so that hours of virtual time cost nothing until then. The
 * audio is synthetic: the customer and the agent take turns as two tones, a message is a third tone, waiting
 * and hold are silence. The file's length is exactly the recorded span.
 */
final class Recording {
    enum Sound { SILENCE, CONVERSATION, MESSAGE }

    private static final int SAMPLE_RATE = 8000;
    private static final int BYTES_PER_SAMPLE = 2;
    private static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - 36;
    /** Seconds each side speaks in turn in the synthetic conversation. */
    private static final int TURN_SECONDS = 3;

    final String reference;
    private final Instant start;
    private final List<Instant> changedAt = new ArrayList<>();
    private final List<Sound> sounds = new ArrayList<>();

    Recording(String reference, Instant start, Sound sound) {
        this.reference = reference;
        this.start = start;
        hear(start, sound);
    }

    /** From {@code at} on, the line carries {@code sound}. */
    void hear(Instant at, Sound sound) {
        if (!sounds.isEmpty() && sounds.get(sounds.size() - 1) == sound) return;
        changedAt.add(at);
        sounds.add(sound);
    }

    /** Writes the recording from its start to {@code end} into {@code file}. */
    void write(Path file, Instant end) throws IOException {
        long total = sampleIndex(end);
        if (total * BYTES_PER_SAMPLE > MAX_DATA_BYTES) throw new IOException("a recording of " + Duration.between(start, end) + " is too long for a WAV file");
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header(total));
            ByteBuffer samples = ByteBuffer.allocate(SAMPLE_RATE * BYTES_PER_SAMPLE).order(ByteOrder.LITTLE_ENDIAN);
            for (int segment = 0; segment < sounds.size(); segment++) {
                long to = segment + 1 < sounds.size() ? sampleIndex(changedAt.get(segment + 1)) : total;
                for (long i = sampleIndex(changedAt.get(segment)); i < to; i++) {
                    samples.putShort(sample(sounds.get(segment), i));
                    if (!samples.hasRemaining()) flush(samples, out);
                }
            }
            flush(samples, out);
        }
    }

    private long sampleIndex(Instant at) {
        return Math.round(Duration.between(start, at).toNanos() * (SAMPLE_RATE / 1e9));
    }

    private static short sample(Sound sound, long index) {
        double t = (double) index / SAMPLE_RATE;
        return switch (sound) {
            case SILENCE -> 0;
            case MESSAGE -> tone(880, 0.25, t);
            case CONVERSATION -> ((long) t / TURN_SECONDS) % 2 == 0 ? tone(440, 0.3, t) : tone(620, 0.3, t);
        };
    }

    private static short tone(double hertz, double level, double t) {
        return (short) Math.round(level * Short.MAX_VALUE * Math.sin(2 * Math.PI * hertz * t));
    }

    private static void flush(ByteBuffer samples, OutputStream out) throws IOException {
        out.write(samples.array(), 0, samples.position());
        samples.clear();
    }

    /** The 44-byte RIFF/WAVE header of a PCM file with {@code samples} mono samples. */
    private static byte[] header(long samples) {
        int dataBytes = (int) (samples * BYTES_PER_SAMPLE);
        return ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1)                                   // PCM
                .putShort((short) 1)                                   // mono
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * BYTES_PER_SAMPLE)
                .putShort((short) BYTES_PER_SAMPLE).putShort((short) (8 * BYTES_PER_SAMPLE))
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes)
                .array();
    }
}
