package id.sipetruk.decree;

public enum DecreeStatus { DRAFT, SENT_BACK, APPROVED }
