package io.bpohub.platform.services;

/** How bad a complaint is; it sets the due date (see the operator guide). */
public enum ComplaintSeverity { LOW, MEDIUM, HIGH, CRITICAL }
