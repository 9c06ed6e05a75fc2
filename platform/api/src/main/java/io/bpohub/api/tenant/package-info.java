/** Tenant value types that third-party bundles may see. */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.tenant;
