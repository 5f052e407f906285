;;; flymake-retstav.el --- Flymake backend for retstav, a Danish spelling checker  -*- lexical-binding: t; -*-

;; Usage:
;;   (load "/path/to/retstav/ci/editors/emacs/flymake-retstav.el")
;;   (add-hook 'markdown-mode-hook #'flymake-retstav-setup)
;;   (add-hook 'text-mode-hook #'flymake-retstav-setup)
;;
;; The buffer is sent to "retstav --format=json -" on standard input, so
;; unsaved text is checked.  retstav's JSON columns count code points and
;; its end columns are exclusive, which are Emacs's own character
;; positions.  Plain M-x compile needs nothing: the default gcc format is
;; one that compilation-mode already knows.

;;; Code:

(require 'flymake)
(require 'json)

(defgroup flymake-retstav nil
  "Flymake backend for retstav."
  :group 'flymake)

(defcustom flymake-retstav-program "retstav"
  "The retstav executable."
  :type 'string)

(defcustom flymake-retstav-args nil
  "Extra arguments, e.g. (\"--wordlist=ord.dic\")."
  :type '(repeat string))

(defvar-local flymake-retstav--proc nil)

(defun flymake-retstav--input-format ()
  "The --input-format for the current buffer."
  (cond ((derived-mode-p 'markdown-mode) "markdown")
        ((derived-mode-p 'html-mode 'mhtml-mode) "html")
        ((and buffer-file-name (string-match-p "\\.\\(md\\|markdown\\)\\'" buffer-file-name))
         "markdown")
        ((and buffer-file-name (string-match-p "\\.html?\\'" buffer-file-name)) "html")
        (t "text")))

(defun flymake-retstav--pos (line col)
  "Buffer position of 1-based LINE and code point COL, kept on the line."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (min (+ (line-beginning-position) (max 0 (1- col))) (line-end-position))))

(defun flymake-retstav--diagnostics (source json-text)
  "Flymake diagnostics in SOURCE from retstav's JSON-TEXT."
  (let ((doc (json-parse-string json-text :object-type 'alist :array-type 'list)))
    (with-current-buffer source
      (mapcar
       (lambda (d)
         (let* ((beg (flymake-retstav--pos (alist-get 'line d) (alist-get 'column d)))
                (end (flymake-retstav--pos (alist-get 'end_line d) (alist-get 'end_column d)))
                (sev (alist-get 'severity d)))
           (flymake-make-diagnostic
            source beg (max end (min (1+ beg) (point-max)))
            (cond ((equal sev "error") :error)
                  ((equal sev "warning") :warning)
                  (t :note))
            (format "%s [%s]" (alist-get 'message d) (alist-get 'rule d)))))
       (alist-get 'diagnostics doc)))))

(defun flymake-retstav (report-fn &rest _args)
  "Flymake backend: check the buffer with retstav and call REPORT-FN."
  (unless (executable-find flymake-retstav-program)
    (error "Cannot find %s" flymake-retstav-program))
  (when (process-live-p flymake-retstav--proc)
    (kill-process flymake-retstav--proc))
  (let ((source (current-buffer)))
    (save-restriction
      (widen)
      (setq flymake-retstav--proc
            (make-process
             :name "flymake-retstav" :noquery t :connection-type 'pipe
             :buffer (generate-new-buffer " *flymake-retstav*")
             :coding 'utf-8
             :command (append (list flymake-retstav-program "--format=json"
                                    (concat "--input-format=" (flymake-retstav--input-format)))
                              flymake-retstav-args '("-"))
             :sentinel
             (lambda (proc _event)
               (when (memq (process-status proc) '(exit signal))
                 (unwind-protect
                     (if (with-current-buffer source (eq proc flymake-retstav--proc))
                         ;; Status 0 or 1: a report; 2: trouble, said on stderr.
                         (if (<= (process-exit-status proc) 1)
                             (funcall report-fn
                                      (flymake-retstav--diagnostics
                                       source (with-current-buffer (process-buffer proc)
                                                (buffer-string))))
                           (funcall report-fn :panic
                                    :explanation (format "retstav exited with status %d"
                                                         (process-exit-status proc))))
                       (flymake-log :warning "Canceling obsolete check %s" proc))
                   (kill-buffer (process-buffer proc)))))))
      (process-send-region flymake-retstav--proc (point-min) (point-max))
      (process-send-eof flymake-retstav--proc))))

;;;###autoload
(defun flymake-retstav-setup ()
  "Add retstav to this buffer's Flymake backends and turn Flymake on."
  (add-hook 'flymake-diagnostic-functions #'flymake-retstav nil t)
  (flymake-mode 1))

(provide 'flymake-retstav)
;;; flymake-retstav.el ends here
