package io.bpohub.billing;

import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.RatePlanVersion;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One rate plan version prepared for rating: destination trie with prices per band, fees, channel prices. */
final class CompiledVersion {
    /** A destination with its price per minute for each band index (0 = base). */
    static final class Destination {
        final String prefix;
        final String name;
        final BigDecimal[] perMinuteByBand;

        Destination(String prefix, String name, BigDecimal[] perMinuteByBand) {
            this.prefix = prefix;
            this.name = name;
            this.perMinuteByBand = perMinuteByBand;
        }
    }

    final RatePlanVersion source;
    final Bands bands;
    final PrefixTrie<Destination> destinations = new PrefixTrie<>();
    final BigDecimal fees;
    final Map<String, BigDecimal> messagePerPart = new HashMap<>();
    final String header;

    CompiledVersion(String planId, RatePlanVersion version) {
        this.source = version;
        this.bands = new Bands(version.bands());
        for (DestinationRate d : version.destinations()) {
            BigDecimal[] prices = new BigDecimal[bands.count()];
            prices[0] = d.perMinute();
            for (int b = 1; b < prices.length; b++) prices[b] = d.bandPerMinute().getOrDefault(bands.name(b), d.perMinute());
            for (String band : d.bandPerMinute().keySet()) {
                if (bands.indexOf(band) < 0) {
                    throw new IllegalArgumentException("plan " + planId + " v" + version.version() + ": destination " + d.prefix()
                            + " prices band '" + band + "', which the version does not define");
                }
            }
            destinations.put(d.prefix(), new Destination(d.prefix(), d.name(), prices));
        }
        this.fees = version.connectionFee().add(version.attemptFee());
        version.messagePerPart().forEach((channel, price) -> messagePerPart.put(channel.toLowerCase(Locale.ROOT), price));
        this.header = "plan " + planId + " v" + version.version() + " from " + version.effectiveFrom();
    }

    BigDecimal messagePrice(String channel) {
        return messagePerPart.get(channel.toLowerCase(Locale.ROOT));
    }
}
