package io.bpohub.platform.services;

/** REQUESTED until a channel sends it (SENT) or gives up (FAILED); channels arrive with a later issue. */
public enum MaterialState { REQUESTED, SENT, FAILED }
