package dev.aside.ui; public final class Launcher { public static void main(String[] a) {} }
