package io.skyforge.runner.net;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Net;
import com.badlogic.gdx.net.HttpRequestBuilder;
import com.badlogic.gdx.net.HttpRequestHeader;

import io.skyforge.runner.account.AccountService;

public class LeaderboardClient {

    private static final String TAG = "Leaderboard";

    private final String url;
    private final AccountService account;

    public LeaderboardClient(String url, AccountService account) {
        this.url = url;
        this.account = account;
    }

    public void submitScore(int score, int sessionId) {
        if (!account.isLoggedIn()) {
            Gdx.app.log(TAG, "not logged in, score " + score + " kept locally");
            return;
        }
        String sessionToken = account.getSessionToken();
        System.out.printf("POST %s score=%d session=%d token=%s%n", url, score, sessionId, sessionToken);

        Net.HttpRequest request = new HttpRequestBuilder().newRequest()
                .method(Net.HttpMethods.POST)
                .url(url)
                .header(HttpRequestHeader.Authorization, "Bearer " + sessionToken)
                .header(HttpRequestHeader.ContentType, "application/json")
                .content("{\"score\":" + score + ",\"session\":" + sessionId + "}")
                .build();

        Gdx.net.sendHttpRequest(request, new Net.HttpResponseListener() {
            @Override
            public void handleHttpResponse(Net.HttpResponse httpResponse) {
                Gdx.app.log(TAG, "score " + score + " -> " + httpResponse.getStatus().getStatusCode());
            }

            @Override
            public void failed(Throwable t) {
                Gdx.app.error(TAG, "score upload failed for session " + sessionId, t);
            }

            @Override
            public void cancelled() {
            }
        });
    }
}
