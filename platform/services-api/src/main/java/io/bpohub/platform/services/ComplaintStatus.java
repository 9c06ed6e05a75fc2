package io.bpohub.platform.services;

public enum ComplaintStatus { OPEN, IN_PROGRESS, RESOLVED, CLOSED }
