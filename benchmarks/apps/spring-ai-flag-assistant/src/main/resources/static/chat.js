// Progressive enhancement for the chat form and the flag sidebar.
(function () {
  const form = document.getElementById('chat-form');
  const conversation = document.querySelector('.conversation');

  function append(role, text) {
    const div = document.createElement('div');
    div.className = 'message ' + role;
    div.innerHTML = '<span class="role"></span><p></p>';
    div.querySelector('.role').textContent = role;
    div.querySelector('p').textContent = text;
    conversation.appendChild(div);
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const message = form.message.value.trim();
    if (!message) return;
    append('user', message);
    form.message.value = '';
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({message})
    });
    const reply = await res.json();
    append('assistant', reply.answer || reply.detail || 'Something went wrong');
    posthog.capture('assistant_message_sent');
  });

  async function loadFlags() {
    const url = `${flagsApi.host}/api/projects/${flagsApi.projectId}/feature_flags/?limit=100`;
    const res = await fetch(url, {headers: {Authorization: 'Bearer ' + flagsApi.token}});
    if (!res.ok) return;
    const page = await res.json();
    const list = document.getElementById('flag-list');
    page.results.forEach((flag) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/flags/${encodeURIComponent(flag.key)}/raw`;
      a.textContent = `${flag.active ? '●' : '○'} ${flag.key}`;
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  loadFlags();
})();
