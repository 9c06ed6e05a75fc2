package io.bpohub.api.routing;

public enum Handler { IN_HOUSE, AGENCY }
