;;; emacs_test.el --- batch test of compilation-mode and flymake-retstav  -*- lexical-binding: t; -*-
;; Writes compile.txt (M-x compile jumps) and flymake.txt (diagnostics).
(require 'compile)
(setq inhibit-message nil)

(defun retstav-test--where ()
  (format "%s|%d|%d|%s" (file-name-nondirectory (or buffer-file-name (buffer-name)))
          (line-number-at-pos) (1+ (current-column))
          (buffer-substring-no-properties (point) (min (point-max) (+ (point) 5)))))

;; compilation-mode on retstav's default output, and a jump to each error.
(let ((out (get-buffer-create "*retstav*")) res)
  (with-current-buffer out
    (insert-file-contents "out.txt")
    (insert "retstav artikel.md\n")	; the command line, as M-x compile shows it
    (setq default-directory (file-name-as-directory (expand-file-name ".")))
    (compilation-mode)
    (goto-char (point-min))
    (condition-case nil
        (while t
          (with-current-buffer out
            (compilation-next-error 1)
            (let ((msg (get-text-property (point) 'compilation-message)))
              (compile-goto-error)
              (push (concat (retstav-test--where) "|"
                            (number-to-string (compilation--message->type msg)))
                    res))))
      (error nil)))
  (with-temp-file "compile.txt"
    (insert (mapconcat #'identity (nreverse res) "\n") "\n")))

;; The flymake backend on an unsaved buffer.
(load (expand-file-name "ci/editors/emacs/flymake-retstav.el" (getenv "ROOT")))
(setq flymake-retstav-program (getenv "RETSTAV"))
(find-file "flymake.md")
(goto-char (point-max))
(insert "Til sidst en ny fejll.\n")   ; not saved: the backend reads the buffer
(flymake-retstav-setup)
(flymake-start nil t)
(let ((n 0))
  (while (and (< n 400) (null (flymake-diagnostics)))
    (accept-process-output nil 0.05)
    (setq n (1+ n))))
(let (res)
  (dolist (d (sort (flymake-diagnostics)
                   (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
    (goto-char (flymake-diagnostic-beg d))
    (push (format "%s|%s|%s|%s" (retstav-test--where)
                  (- (flymake-diagnostic-end d) (flymake-diagnostic-beg d))
                  (flymake-diagnostic-type d) (flymake-diagnostic-text d))
          res))
  (with-temp-file "flymake.txt"
    (insert (mapconcat #'identity (nreverse res) "\n") "\n")))
