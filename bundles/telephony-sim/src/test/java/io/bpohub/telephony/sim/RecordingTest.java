package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallParty;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

import static io.bpohub.api.telephony.CallEventType.RECORDING_STARTED;
import static io.bpohub.api.telephony.CallEventType.RECORDING_STOPPED;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.T0;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.call;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.people;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RecordingTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final VirtualTimeline timeline = new VirtualTimeline(T0);
    private final EventLog log = new EventLog();

    private SimulatedNetwork network(Path recordings) {
        SimulatedNetwork network = new SimulatedNetwork(timeline, people().build(), 1, recordings, "rec-");
        network.listen(log);
        return network;
    }

    private void runFor(long seconds) {
        timeline.runUntil(timeline.now().plusSeconds(seconds));
    }

    @Test
    public void aRecordedCallBecomesAPlayableWavFileAsLongAsTheRecordedSpan() throws Exception {
        Path recordings = folder.getRoot().toPath().resolve("recordings");
        SimulatedNetwork network = network(recordings);
        String id = network.originate(call("t"));
        runFor(5);
        network.record(id);
        network.bridge(id, "agent-1");
        runFor(10);
        network.hold(id);
        runFor(3);
        network.resume(id);
        runFor(7);
        network.hangup(id, CallParty.AGENT);
        timeline.runAll();

        assertEquals(id + ".wav", log.first(id, RECORDING_STARTED).detail());
        assertEquals(id + ".wav", log.first(id, RECORDING_STOPPED).detail());
        File wav = recordings.resolve(id + ".wav").toFile();
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav)) {
            AudioFormat format = audio.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(8000f, format.getSampleRate(), 0);
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            assertEquals("20 s recorded", 20 * 8000, audio.getFrameLength());
            byte[] samples = audio.readAllBytes();
            assertTrue("the conversation is audible", maxAmplitude(samples, 0, 10) > 5000);
            assertEquals("hold is silent", 0, maxAmplitude(samples, 10.1, 12.9));
        }
    }

    @Test
    public void stopRecordingClosesTheFileAndALaterRecordingGetsItsOwn() throws Exception {
        Path recordings = folder.getRoot().toPath();
        SimulatedNetwork network = network(recordings);
        String id = network.originate(call("t"));
        runFor(5);
        network.bridge(id, "agent-1");
        network.record(id);
        runFor(4);
        network.stopRecording(id);
        runFor(1);
        network.record(id);
        runFor(2);
        network.close();

        assertEquals(2, log.of(id).stream().filter(e -> e.type() == RECORDING_STOPPED).count());
        assertEquals(id + "-2.wav", log.of(id).stream().filter(e -> e.type() == RECORDING_STOPPED).reduce((a, b) -> b).orElseThrow().detail());
        assertEquals(4 * 8000, AudioSystem.getAudioInputStream(recordings.resolve(id + ".wav").toFile()).getFrameLength());
        assertEquals(2 * 8000, AudioSystem.getAudioInputStream(recordings.resolve(id + "-2.wav").toFile()).getFrameLength());
    }

    @Test
    public void hoursOfConversationCostNothingUnlessRecorded() {
        Path recordings = folder.getRoot().toPath().resolve("none");
        SimulatedNetwork network = network(recordings);
        network.bridge(answered(network), "agent-1");
        timeline.runUntil(T0.plus(Duration.ofHours(5)));
        assertTrue(!recordings.toFile().exists());
    }

    private String answered(SimulatedNetwork network) {
        String id = network.originate(call("t"));
        runFor(5);
        return id;
    }

    /** The largest absolute sample between two offsets (seconds) of 16-bit little-endian mono PCM. */
    private static int maxAmplitude(byte[] pcm, double fromSeconds, double toSeconds) {
        int max = 0;
        for (int i = (int) (fromSeconds * 8000); i < (int) (toSeconds * 8000); i++) {
            max = Math.max(max, Math.abs((short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8))));
        }
        return max;
    }
}
