/**
 * Services the platform bundles offer each other (REST, shell, console, templates use them; core
 * implements them). Not part of the published third-party API. Every call that touches tenant data
 * takes the {@link io.bpohub.platform.services.Caller} explicitly.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.bpohub.platform.services;
