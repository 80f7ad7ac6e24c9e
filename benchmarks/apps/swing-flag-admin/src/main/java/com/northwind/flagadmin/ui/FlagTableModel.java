package com.northwind.flagadmin.ui;

import com.northwind.flagadmin.api.FeatureFlag;

import javax.swing.table.AbstractTableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Table model for the "Flags" tab.
 */
public class FlagTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Key", "Name", "Active", "Rollout %", "Created"};

    private final List<FeatureFlag> rows = new ArrayList<>();

    public void setFlags(List<FeatureFlag> flags) {
        rows.clear();
        rows.addAll(flags);
        fireTableDataChanged();
    }

    public FeatureFlag flagAt(int row) {
        return rows.get(row);
    }

    public void replace(int row, FeatureFlag updated) {
        rows.set(row, updated);
        fireTableRowsUpdated(row, row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 2 -> Boolean.class;
            case 3 -> Integer.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == 2;
    }

    @Override
    public Object getValueAt(int row, int column) {
        FeatureFlag f = rows.get(row);
        return switch (column) {
            case 0 -> f.key();
            case 1 -> f.name();
            case 2 -> f.active();
            case 3 -> f.rolloutPercentage();
            case 4 -> f.createdAt();
            default -> null;
        };
    }
}
