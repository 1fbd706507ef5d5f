package org.policykg.cli;
public class PolicyKg { public static void main(String[] a) {} }
