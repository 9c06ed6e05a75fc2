package io.bpohub.core.dialing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.PlatformException;
import java.time.Duration;
import java.util.Set;
import org.junit.Test;

/** A plan is refused, naming the field, whenever a caller could be stranded by it. */
public class InboundPlanTest {
    private static final String GOOD = """
            {"start": "hours",
             "queues": {"care": {"campaign": "care-line", "skills": ["spanish"], "announceEverySeconds": 30,
                                 "overflowAfterSeconds": 120, "overflow": "voicemail"}},
             "nodes": {"hours": {"type": "hours", "open": "welcome", "closed": "closed"},
                       "welcome": {"type": "menu", "prompt": "welcome", "choices": {"1": "care", "9": "goodbye"}, "otherwise": "care"},
                       "care": {"type": "queue", "queue": "care"},
                       "closed": {"type": "message", "prompt": "closed", "next": "voicemail"},
                       "voicemail": {"type": "voicemail", "prompt": "leave-a-message"},
                       "goodbye": {"type": "hangup"}},
             "survey": {"prompt": "survey", "scale": 5, "thanks": "survey-thanks"},
             "announceAgent": true}
            """;

    @Test
    public void aCompletePlanParsesWithItsDefaults() {
        InboundPlan plan = InboundPlan.parse(GOOD);
        assertEquals("hours", plan.start());
        InboundPlan.Queue care = plan.queues().get("care");
        assertEquals(Set.of("spanish"), care.skills());
        assertEquals(Duration.ofSeconds(30), care.announceEvery());
        assertEquals(Duration.ofSeconds(120), care.overflowAfter());
        assertEquals("the service level's target is 20 s unless the plan says otherwise", Duration.ofSeconds(20), care.serviceLevel());
        assertEquals(Duration.ofSeconds(45), InboundPlan.parse(GOOD.replace("\"overflowAfterSeconds\": 120,",
                "\"overflowAfterSeconds\": 120, \"serviceLevelSeconds\": 45,")).queues().get("care").serviceLevel());
        refused(GOOD.replace("\"overflowAfterSeconds\": 120,", "\"overflowAfterSeconds\": 120, \"serviceLevelSeconds\": 0,"),
                "queues.care.serviceLevelSeconds", "from 1 to 600");
        assertEquals("a queue's priority is 5 unless the plan says otherwise", 5, care.priority());
        assertEquals(9, InboundPlan.parse(GOOD.replace("\"overflowAfterSeconds\": 120,", "\"overflowAfterSeconds\": 120, \"priority\": 9,"))
                .queues().get("care").priority());
        refused(GOOD.replace("\"overflowAfterSeconds\": 120,", "\"overflowAfterSeconds\": 120, \"priority\": 10,"), "queues.care.priority",
                "from 1 to 9");
        InboundPlan.Menu welcome = (InboundPlan.Menu) plan.node("welcome");
        assertEquals("a menu waits 5 s for a key by default", 5, welcome.timeoutSeconds());
        assertEquals("and asks again once", 1, welcome.retries());
        assertEquals(120, ((InboundPlan.Voicemail) plan.node("voicemail")).maxSeconds());
        assertEquals(5, plan.survey().scale());
        assertTrue(plan.announceAgent());
    }

    @Test
    public void aQueueMayOfferACallbackIntoAnOutboundCampaign() {
        String offer = ", \"callback\": {\"offerAfterSeconds\": 60, \"prompt\": \"callback-offer\", \"campaign\": \"care-callbacks\"%s}";
        String withOffer = GOOD.replace("\"overflow\": \"voicemail\"}", "\"overflow\": \"voicemail\"" + offer.formatted("") + "}");
        InboundPlan.Callback callback = InboundPlan.parse(withOffer).queues().get("care").callback();
        assertEquals(new InboundPlan.Callback(Duration.ofSeconds(60), "callback-offer", "1", "care-callbacks", null), callback);
        assertEquals("no offer unless the plan makes one", null, InboundPlan.parse(GOOD).queues().get("care").callback());
        assertEquals("#", InboundPlan.parse(GOOD.replace("\"overflow\": \"voicemail\"}", "\"overflow\": \"voicemail\""
                + offer.formatted(", \"key\": \"#\", \"confirm\": \"callback-booked\"") + "}")).queues().get("care").callback().key());
        refused(withOffer.replace("\"offerAfterSeconds\": 60, ", ""), "queues.care.callback.offerAfterSeconds", "required");
        refused(withOffer.replace("\"offerAfterSeconds\": 60", "\"offerAfterSeconds\": 2"), "queues.care.callback.offerAfterSeconds", "5 to 3600");
        refused(withOffer.replace(", \"campaign\": \"care-callbacks\"", ""), "queues.care.callback.campaign", "required");
        refused(withOffer.replace("\"campaign\": \"care-callbacks\"", "\"campaign\": \"care-callbacks\", \"key\": \"11\""),
                "queues.care.callback.key", "one key");
        refused(withOffer.replace("\"prompt\": \"callback-offer\", ", ""), "queues.care.callback.prompt", "required");
    }

    @Test
    public void thePlanOfATenantWithoutOneIsValid() {
        assertEquals("goodbye", InboundPlan.parse(InboundPlan.EMPTY).start());
    }

    @Test
    public void aTargetThatIsNoNodeIsRefusedNamingTheField() {
        refused(GOOD.replace("\"9\": \"goodbye\"", "\"9\": \"good-bye\""), "nodes.welcome.choices.9", "no node good-bye");
        refused(GOOD.replace("\"start\": \"hours\"", "\"start\": \"nowhere\""), "start", "no node nowhere");
        refused(GOOD.replace("\"overflow\": \"voicemail\"", "\"overflow\": \"vm\""), "queues.care.overflow", "no node vm");
    }

    @Test
    public void aQueueStepMustNameAQueue() {
        refused(GOOD.replace("\"queue\": \"care\"}", "\"queue\": \"sales\"}"), "nodes.care.queue", "no queue sales");
    }

    @Test
    public void messagesThatLeadBackToThemselvesWithoutAskingAreRefused() {
        String loop = GOOD.replace("\"next\": \"voicemail\"", "\"next\": \"hours\"").replace("\"open\": \"welcome\"", "\"open\": \"closed\"");
        PlatformException e = refused(loop, null, "for ever");
        assertTrue(e.getMessage(), e.getMessage().contains("hours → closed → hours") || e.getMessage().contains("closed → hours → closed"));
    }

    @Test
    public void anOverflowBackIntoTheSameQueueIsALoop() {
        refused(GOOD.replace("\"overflow\": \"voicemail\"", "\"overflow\": \"care\""), "nodes.care", "for ever");
    }

    @Test
    public void badValuesAreRefusedNamingTheField() {
        refused(GOOD.replace("\"1\": \"care\"", "\"12\": \"care\""), "nodes.welcome.choices.12", "one key");
        refused(GOOD.replace("\"announceEverySeconds\": 30", "\"announceEverySeconds\": 2"), "queues.care.announceEverySeconds", "5 to 600");
        refused(GOOD.replace("\"overflowAfterSeconds\": 120, ", ""), "queues.care.overflow", "come together");
        refused(GOOD.replace("\"type\": \"hangup\"", "\"type\": \"transfer\""), "nodes.goodbye.type", "not transfer");
        refused(GOOD.replace("\"campaign\": \"care-line\"", "\"campaign\": \"care line\""), "queues.care.campaign", "a name is");
        refused(GOOD.replace("\"scale\": 5", "\"scale\": 12"), "survey.scale", "2 to 9");
    }

    @Test
    public void aDocumentThatIsNotJsonSaysWhere() {
        PlatformException e = refused("{\"start\": \"hours\",\n \"nodes\": {", "document", "line 2");
        assertTrue(e.getMessage(), e.getMessage().contains("not JSON"));
    }

    private static PlatformException refused(String document, String field, String text) {
        try {
            InboundPlan.parse(document);
        } catch (PlatformException e) {
            assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
            if (field != null) assertEquals(e.getMessage(), field, e.field());
            assertTrue(e.getMessage(), e.getMessage().contains(text));
            return e;
        }
        throw new AssertionError("the plan was accepted: " + document);
    }
}
