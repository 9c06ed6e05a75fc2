// Login page: POST /auth/login, hands {token, user} to the shell.

import { api } from '../api.js';
import { h, replace, field, problemBox, showProblem, hideProblem, busy, formValues } from '../dom.js';

export function renderLogin(main, { notice, onLogin }) {
  const error = problemBox('login-error');
  error.setAttribute('data-test', 'login-error');

  const form = h('form', { id: 'login-form', class: 'card login-card', 'data-test': 'login-form' },
    h('h1', {}, 'Sign in'),
    h('p', { class: 'muted' }, 'BPO Hub operations console'),
    notice ? h('p', { id: 'login-notice', class: 'notice', 'data-test': 'login-notice' }, notice) : null,
    field('Username', h('input', {
      id: 'login-username', name: 'username', 'data-test': 'login-username',
      autocomplete: 'username', required: true, autofocus: true,
    })),
    field('Password', h('input', {
      id: 'login-password', name: 'password', type: 'password', 'data-test': 'login-password',
      autocomplete: 'current-password', required: true,
    })),
    error,
    h('button', { id: 'login-submit', type: 'submit', 'data-test': 'login-submit' }, 'Sign in'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(error);
    const { username, password } = formValues(form);
    try {
      const result = await busy(form, () => api('POST', '/auth/login', { username, password }, { auth: false }));
      onLogin(result);
    } catch (err) {
      if (err.status === 401 && !err.detail) {
        err.detail = 'Wrong username or password. Check both and try again.';
      }
      showProblem(error, err);
      form.elements.namedItem('password').select();
    }
  });

  replace(main, h('section', { id: 'login-page', class: 'page login-page', 'data-test': 'login-page' }, form));
  form.elements.namedItem('username').focus();
}
