package io.bpohub.platform.services;

import java.util.List;

/** The channels deployed right now; follows bundles as they are installed, updated and removed. */
public interface ChannelDirectory {
    List<ChannelView> channels();
}
