/**
 * The examples as a named module: what they read of the core is what it exports. Kept beside this
 * check, not in the examples' sources, as the examples artifact runs on the class path.
 */
module io.github.pilotplan.examples {
  requires io.github.pilotplan;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires org.apache.commons.csv;
  requires org.apache.commons.text;
  requires ical4j.core;
  requires org.jsoup;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.pdfbox;
  requires java.xml;
  requires java.management;
  requires jdk.management;
  requires jdk.httpserver;
}
