package io.bpohub.platform.services;

/** Readiness of the platform; registered once the control database is reachable and migrated. */
public interface PlatformHealth {
    HealthView health();
}
