package io.bpohub.platform.services;

/** Where a script version is in its life: edited, tried by a few agents, in use, or out of use. */
public enum ScriptState { DRAFT, TRIAL, LIVE, RETIRED }
