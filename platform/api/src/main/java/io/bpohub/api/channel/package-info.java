/**
 * Channel SPI: a bundle registers a {@link io.bpohub.api.channel.ChannelProvider} OSGi service
 * and the platform hands it outbound messages of its channel type.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.channel;
