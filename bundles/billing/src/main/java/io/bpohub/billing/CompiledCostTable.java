package io.bpohub.billing;

import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;

import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;

/** A cost table prepared for rating: per version, one prefix trie per trunk and one for any trunk. */
final class CompiledCostTable {
    static final class Version {
        final CostTableVersion source;
        final Map<String, PrefixTrie<CarrierRate>> byTrunk = new HashMap<>();
        final PrefixTrie<CarrierRate> anyTrunk = new PrefixTrie<>();
        final String header;

        Version(String tableId, CostTableVersion version) {
            this.source = version;
            for (CarrierRate rate : version.rates()) {
                PrefixTrie<CarrierRate> trie = rate.trunk() == null ? anyTrunk : byTrunk.computeIfAbsent(rate.trunk(), t -> new PrefixTrie<>());
                trie.put(rate.prefix(), rate);
            }
            this.header = "cost table " + tableId + " v" + version.version() + " from " + version.effectiveFrom();
        }

        /** The trunk's own rate with the longest prefix; else the any-trunk rate with the longest prefix. */
        CarrierRate rateFor(String trunk, String number) {
            PrefixTrie<CarrierRate> own = trunk == null ? null : byTrunk.get(trunk);
            CarrierRate rate = own == null ? null : own.longestMatch(number);
            return rate != null ? rate : anyTrunk.longestMatch(number);
        }
    }

    final CostTable source;
    final ZoneRules zone;
    final EffectiveDates<Version> versions;

    CompiledCostTable(CostTable table) {
        this.source = table;
        this.zone = table.zone().getRules();
        this.versions = new EffectiveDates<>(table.versions(), v -> v.effectiveFrom(), v -> new Version(table.id(), v));
    }
}
