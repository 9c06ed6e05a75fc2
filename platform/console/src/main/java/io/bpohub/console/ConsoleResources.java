package io.bpohub.console;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Publishes the console's static files (the bundle entries below {@code /web}) at {@code /console/*}
 * through the HTTP Whiteboard. The service object itself carries no behaviour: the whiteboard serves
 * the entries named by the resource properties.
 */
@Component(service = ConsoleResources.class)
@HttpWhiteboardResource(pattern = "/console/*", prefix = "/web")
public class ConsoleResources {
}
