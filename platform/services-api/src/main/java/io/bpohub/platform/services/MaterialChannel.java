package io.bpohub.platform.services;

/** How material reaches a contact. */
public enum MaterialChannel { MAIL, EMAIL, FAX, SMS }
