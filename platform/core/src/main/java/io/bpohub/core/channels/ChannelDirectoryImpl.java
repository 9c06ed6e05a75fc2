package io.bpohub.core.channels;

import io.bpohub.api.channel.ChannelProvider;
import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ChannelView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows channel providers as bundles come and go. Dynamic references: installing, updating or
 * removing a channel bundle never restarts the platform.
 */
@Component(service = ChannelDirectory.class, immediate = true)
public final class ChannelDirectoryImpl implements ChannelDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelDirectoryImpl.class);

    private record Entry(ChannelProvider provider, Bundle bundle, Instant registeredAt) {
    }

    private final Map<Long, Entry> byServiceId = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> registrations = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(ChannelProvider provider, ServiceReference<ChannelProvider> ref) {
        byServiceId.put((Long) ref.getProperty("service.id"), new Entry(provider, ref.getBundle(), Instant.now()));
        long n = registrations.computeIfAbsent(provider.channelType(), t -> new AtomicLong()).incrementAndGet();
        LOG.info("channel {} registered by bundle {} {} (registration #{})", provider.channelType(),
                ref.getBundle().getSymbolicName(), ref.getBundle().getVersion(), n);
    }

    void removeChannel(ChannelProvider provider, ServiceReference<ChannelProvider> ref) {
        Entry removed = byServiceId.remove((Long) ref.getProperty("service.id"));
        if (removed != null) {
            LOG.info("channel {} unregistered (bundle {})", provider.channelType(), removed.bundle().getSymbolicName());
        }
    }

    @Override
    public List<ChannelView> channels() {
        List<ChannelView> views = new ArrayList<>();
        for (Entry e : byServiceId.values()) {
            String type = e.provider().channelType();
            views.add(new ChannelView(type, e.provider().displayName(), e.bundle().getSymbolicName(),
                    e.bundle().getVersion().toString(), e.bundle().getBundleId(), e.registeredAt(),
                    registrations.getOrDefault(type, new AtomicLong()).get()));
        }
        views.sort(Comparator.comparing(ChannelView::type));
        return views;
    }
}
