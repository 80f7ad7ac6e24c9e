package com.acme.flags.ui;

import android.os.Bundle;

import androidx.appcompat.app.AppCompatActivity;

import com.acme.flags.R;

import dagger.hilt.android.AndroidEntryPoint;

@AndroidEntryPoint
public class MainActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_main);
        if (savedInstanceState == null) {
            getSupportFragmentManager().beginTransaction()
                    .setReorderingAllowed(true)
                    .replace(R.id.fragment_container, SettingsFragment.class, null)
                    .commit();
        }
    }
}
