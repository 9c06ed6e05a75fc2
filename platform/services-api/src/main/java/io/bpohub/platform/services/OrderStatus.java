package io.bpohub.platform.services;

public enum OrderStatus { PLACED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED, RETURNED }
