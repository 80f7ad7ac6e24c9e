package com.brightkettle.pantry;

import android.content.Intent;
import android.os.Bundle;
import android.view.Menu;
import android.view.MenuItem;
import android.widget.ArrayAdapter;
import android.widget.ListView;

import androidx.appcompat.app.AppCompatActivity;

import com.brightkettle.pantry.analytics.AnalyticsManager;
import com.brightkettle.pantry.data.AppDatabase;
import com.brightkettle.pantry.data.PantryItem;
import com.brightkettle.pantry.settings.SettingsActivity;

import java.util.ArrayList;

public class MainActivity extends AppCompatActivity {

    private static final int MENU_SETTINGS = 1;

    private ArrayAdapter<String> adapter;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_main);

        ListView list = findViewById(R.id.pantry_list);
        adapter = new ArrayAdapter<>(this, android.R.layout.simple_list_item_1, new ArrayList<>());
        list.setAdapter(adapter);

        AppDatabase.get(this).pantryItems().observeAll().observe(this, items -> {
            adapter.clear();
            for (PantryItem item : items) {
                adapter.add(item.name + " · " + item.quantity + " " + item.unit);
            }
        });
        AnalyticsManager.get().screen("Pantry");
    }

    @Override
    public boolean onCreateOptionsMenu(Menu menu) {
        menu.add(Menu.NONE, MENU_SETTINGS, Menu.NONE, R.string.title_settings);
        return true;
    }

    @Override
    public boolean onOptionsItemSelected(MenuItem item) {
        if (item.getItemId() == MENU_SETTINGS) {
            startActivity(new Intent(this, SettingsActivity.class));
            return true;
        }
        return super.onOptionsItemSelected(item);
    }
}
