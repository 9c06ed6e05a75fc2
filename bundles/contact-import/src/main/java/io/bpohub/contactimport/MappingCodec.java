package io.bpohub.contactimport;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A column mapping as the JSON kept with each import (so that a resume reads the file the same way). */
final class MappingCodec {
    private MappingCodec() {
    }

    static String write(ColumnMapping mapping) {
        StringBuilder json = new StringBuilder(256).append("{\"headerRow\":").append(mapping.headerRow()).append(",\"columns\":[");
        for (int i = 0; i < mapping.columns().size(); i++) {
            ColumnMapping.Column c = mapping.columns().get(i);
            if (i > 0) json.append(',');
            json.append('{');
            if (c.header() != null) {
                json.append("\"header\":");
                Json.string(json, c.header());
            } else {
                json.append("\"index\":").append(c.index());
            }
            json.append(",\"field\":\"").append(c.field().name()).append('"');
            if (c.customName() != null) {
                json.append(",\"customName\":");
                Json.string(json, c.customName());
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    @SuppressWarnings("unchecked")
    static ColumnMapping read(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        List<ColumnMapping.Column> columns = new ArrayList<>();
        for (Object o : (List<Object>) root.get("columns")) {
            Map<String, Object> c = (Map<String, Object>) o;
            String header = (String) c.get("header");
            int index = c.get("index") == null ? -1 : ((Number) c.get("index")).intValue();
            columns.add(new ColumnMapping.Column(header, index, ContactField.valueOf((String) c.get("field")), (String) c.get("customName")));
        }
        return new ColumnMapping(Boolean.TRUE.equals(root.get("headerRow")), columns);
    }
}
