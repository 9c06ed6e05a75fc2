package io.bpohub.dialer;

/** Stops a campaign's listening to its gateway and its agents once nothing it listens for is left. */
final class Subscriptions {
    private static final System.Logger LOG = System.getLogger(Subscriptions.class.getName());

    private Subscriptions() {
    }

    /** Closes each subscription that was made (null: never subscribed); a failure is logged, as the campaign's work is done anyway. */
    static void close(String campaignId, AutoCloseable... subscriptions) {
        for (AutoCloseable subscription : subscriptions) {
            try {
                if (subscription != null) subscription.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "campaign " + campaignId + ": could not stop listening", e);
            }
        }
    }
}
