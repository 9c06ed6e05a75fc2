package io.bpohub.api.calendar;

public enum EmergencyMode { CLOSED_NOW, OPEN_NOW }
